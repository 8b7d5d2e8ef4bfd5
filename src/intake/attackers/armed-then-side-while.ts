// "17 militants were killed in the assault, while four of the militia's fighters were killed": both
// sides' dead of one fight, told in one sentence, the armed men first — the fight's toll.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { namesBlowOfItsOwn } from '../events/blow-of-its-own.js';
import { sameGovernorate } from '../places/incident-places.js';
import { WHILE } from './doers-dead.js';
import { FIGHT_NOUNS_EN } from './fight-nouns.js';

/**
 * The clause before (matching form): armed men as the subject of a passive killing placed in a fight
 * or an offensive, "17 IS militants were killed in the daylong assault", "30 jihadists had been
 * killed during the offensive" — the ones the fight was fought against, not the doers of an attack
 * ("in the attack" is left out: the attackers who died in it stay apart from its victims).
 */
const ARMED_KILLED_IN_FIGHT = new RegExp(
  String.raw`(?<![\p{L}])(?:militants|insurgents|jihadists|gunmen|terrorists|rebels|fighters)\s+(?:were|have been|had been)\s+killed\s+(?:in|during)\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+){0,2}?(?:assault|offensive|operation|${FIGHT_NOUNS_EN})(?![\p{L}])`,
  'u',
);

/**
 * This clause (matching form): the other side's dead as the subject of its own passive, counted as
 * men under arms — "four of the militia s fighters were killed", "two soldiers were killed", "three
 * of its members were killed" (not civilians, who may be another event's).
 */
const SIDE_KILLED =
  /(?<![\p{L}])(?:fighters|soldiers|troops|militiamen|policemen|members|servicemen|personnel)\s+(?:were|have been|had been)\s+killed(?![\p{L}])/u;

/**
 * The clause, set against the one before it in the same sentence by "while", counts the dead of the
 * side that fought the armed men that clause told killed in a fight, the event's only dead yet (its
 * attackers killed, or its dead where they were armed men): the other side's dead of the same fight, its toll too. No day, blow or other
 * governorate of its own.
 */
export function armedThenSideWhile(
  event: Building,
  facts: ClauseFacts,
  sentenceIndex: number,
  clauseBefore: string,
): boolean {
  const { killed, attackersKilled } = facts.casualties;
  return (
    // (the armed men counted as its attackers killed, or as its dead where they were all it had)
    (event.killed === null ? event.attackersKilled !== null : event.deadAreAttackers || event.armedDead) &&
    (event.killed === null) !== (event.attackersKilled === null) &&
    killed !== null &&
    attackersKilled === null &&
    event.sentences.includes(sentenceIndex) &&
    WHILE.test(facts.matchText) &&
    ARMED_KILLED_IN_FIGHT.test(clauseBefore) &&
    SIDE_KILLED.test(facts.matchText) &&
    !facts.eventDate &&
    (!facts.place?.governorate || sameGovernorate(event.place, facts.place)) &&
    !namesBlowOfItsOwn(facts.matchText)
  );
}
