// "The attack and the clashes that followed killed four tribal fighters", then "eleven ISIS members
// were killed in the clashes": the other side's dead of a fight told, a sentence on — its toll too.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { withinGap } from '../incidents/incident-followups.js';
import type { Building } from '../incidents/incident-types.js';
import { sameGovernorate } from '../places/incident-places.js';
import { namesBlowOfItsOwn } from '../events/blow-of-its-own.js';
import { sameCount } from '../reading/count.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { ARMED_COUNTED, SAME_FIGHT, toldAsFight } from './fight-sides.js';
import { FIGHT_NOUNS_AR, FIGHT_NOUNS_DEFINITE_AR, FIGHT_NOUNS_EN } from './fight-nouns.js';

/**
 * Dead told killed in the fight just told, the definite article pointing back at it (matching
 * form): "were killed in the fighting", "died during the clashes", "in the same fighting", "قتلوا في الاشتباكات", "لقوا
 * حتفهم خلال المعارك".
 */
const KILLED_IN_THE_FIGHT = new RegExp(
  `(?<!${L})(?:killed|died)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:in|during)\\s+the\\s+(?:same\\s+)?${FIGHT_NOUNS_EN}(?!${L})|(?<!${L})(?:${anyOf(['قتلوا', 'قتل', 'قتلا', 'حتفهم', 'حتفهما'])})\\s+(?:${L}+\\s+){0,2}?(?:${anyOf(['في', 'خلال'])})\\s+(?:${anyOf([...FIGHT_NOUNS_DEFINITE_AR, 'القتال'])})(?!${L})`,
  'u',
);

/** A fight named in the clause: "clashes", "fought", "اشتباكات", "المعارك". */
const FIGHT_WORD = `(?:(?<!${L})(?:${FIGHT_NOUNS_EN}|clashed|fought)|(?<!${L})[وفبل]?(?:ال)?(?:${anyOf(FIGHT_NOUNS_AR)}))(?!${L})`;
const FIGHT_WORDS = new RegExp(FIGHT_WORD, 'gu');

/**
 * The fight told in the clause, then the enemy's bodies found after it (matching form): "وخاضت
 * اشتباكات عنيفة مع عناصر التنظيم …، مبيناً أن القوات عثرت على جثث 20 مسلحاً", "fought the
 * militants for hours and later found the bodies of 20 of them" — the other side's dead of that
 * fight, left on the ground it was fought over.
 */
const BODIES_FOUND_AFTER_FIGHT = new RegExp(
  `${FIGHT_WORD}[^.]*?(?<!${L})(?:(?:found|recovered)\\s+(?:the\\s+)?bodies|(?:${anyOf(['عثرت', 'عثر', 'عثروا'])})\\s+(?:${L}+\\s+){0,3}?${anyOf(['على'])}\\s+(?:${anyOf(['جثث', 'جثامين'])}))(?!${L})`,
  'u',
);

/**
 * The fight whose other side's dead the clause counts: the last event told, within a few sentences,
 * as a fight (clashes, or an attack its target fought off: fight-sides.ts), with dead of one side
 * counted and none set apart as attackers yet (or drafted a clash, where the clause tells the fight
 * and the bodies found: BODIES_FOUND_AFTER_FIGHT); the clause's dead killed "in the fighting", of a side
 * that fight did not hit (its targets), or armed men by their noun ("eleven militants"), with no blow, later day or other governorate of their own,
 * and not the fight's count told again, nor both sides counted again (another teller's whole toll). (An attack told as such keeps its attackers' dead apart,
 * doers-dead.ts.) The attackers the clause sets apart ("beside the three suicide bombers") stay apart.
 */
export function fightOfEnemyDead(
  built: readonly Building[],
  facts: ClauseFacts,
  sentenceIndex: number,
): Building | undefined {
  const { killed, attackersKilled } = facts.casualties;
  // (armed men counted by their noun alone, "eleven militants", are the side the fight was against;
  // so are dead told killed "in the same fighting", whose side the actor tables may not know)
  if (
    killed === null
      ? attackersKilled === null
      : facts.targets.length === 0 && !SAME_FIGHT.test(facts.matchText)
  )
    return undefined;
  if (facts.separate || facts.another || facts.aggregate || facts.claims || facts.denied) return undefined;
  const bodiesFound = BODIES_FOUND_AFTER_FIGHT.test(facts.matchText);
  if (!(KILLED_IN_THE_FIGHT.test(facts.matchText) || bodiesFound)) return undefined;
  // (the fight a clause of bodies found tells is the one they fell in, no blow of its own)
  if (namesBlowOfItsOwn(bodiesFound ? facts.matchText.replace(FIGHT_WORDS, ' ') : facts.matchText))
    return undefined;
  // ("21 IS fighters and nine soldiers were killed in the fighting": both sides, the toll told again)
  if (ARMED_COUNTED.test(facts.matchText)) return undefined;
  const fight = built.at(-1);
  if (!fight || !withinGap(fight, sentenceIndex) || fight.killed === null || fight.attackersKilled !== null)
    return undefined;
  // (a clause telling the fight itself, then the bodies found, finds them of a clash told before in
  // other words: "broke the siege after a wide operation", drafted a clash already)
  const fought = toldAsFight(fight) || (bodiesFound && fight.event.subType === 'armed_clash');
  if (!fought || sameCount(fight.killed, (killed ?? attackersKilled)!)) return undefined;
  if (facts.targets.some((side) => fight.targets.includes(side))) return undefined;
  if (facts.place?.governorate && !sameGovernorate(fight.place, facts.place)) return undefined;
  if (facts.eventDate && fight.date && facts.eventDate.date.from > fight.date.to) return undefined;
  return fight;
}
