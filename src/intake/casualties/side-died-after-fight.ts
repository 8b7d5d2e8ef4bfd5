// "At least 14 militants were killed in the fighting for the base, and two soldiers died": the first
// side's dead told killed in the fight the clause names, then the other side's joined by "and" with a
// verb of dying of their own — both sides of one fight, the toll of it, not attackers kept apart from
// the victims (fight-toll.ts reads the fight named after the second verb: "…, and 20 militants died
// in the fighting"; side-joined-after.ts the same telling where no attackers were set apart).
import { ARMED_EN, FORCES_EN, HEDGE_EN } from './side-told-on-en.js';
import { FIGHT_NOUNS_EN } from '../attackers/fight-nouns.js';

/**
 * "were killed in the fighting" (an aside or a place may follow, "…for the town, known as X,"), then
 * "and", a count, a side's noun (a word or two may name it first: "two Iraqi soldiers") and its own
 * verb of dying (matching form).
 */
const SIDE_DIED_AFTER_FIGHT = new RegExp(
  String.raw`(?<![\p{L}])(?:were|have\s+been|had\s+been)\s+killed\s+(?:in|during)\s+(?:the\s+)?${FIGHT_NOUNS_EN}(?![\p{L}])[^;]{0,120}?,?\s+and\s+${HEDGE_EN}[\p{L}\d-]+\s+(?:[\p{L}-]+\s+){0,2}?(?:${FORCES_EN}|${ARMED_EN})\s+(?:also\s+)?(?:died|(?:were|had\s+been|have\s+been)\s+(?:also\s+)?killed)(?![\p{L}])`,
  'u',
);

/** An attack told in the clause: its attackers stay apart from its victims. */
const ATTACK = /(?<![\p{L}])(?:attack|assault|ambush|raid|bomb|suicide|explosi|blast)/u;

/** Whether the clause tells the other side's dead joined on after a side's dead killed in the fight. */
export function sideDiedAfterFight(clause: string): boolean {
  return SIDE_DIED_AFTER_FIGHT.test(clause) && !ATTACK.test(clause);
}
