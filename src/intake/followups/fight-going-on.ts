// A fight told as going on at a place, and the toll told after it with no place of its own.
import type { ResolvedPlace } from '../../places/types.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { L } from '../reading/word-pattern.js';

/** "were battling", "are fighting", "had been clashing": a fight going on (matching form). */
const FIGHTING = new RegExp(
  `(?<!${L})(?:are|is|were|was|have been|has been|had been) (?:still )?(?:battling|fighting|clashing)(?!${L})`,
  'u',
);

/**
 * "Government troops were battling IS on the outskirts of Albu Kamal": the place of a fight told
 * as going on, with no toll of its own (else null).
 */
export function fightGoingOn(facts: ClauseFacts): ResolvedPlace | null {
  const { killed, wounded, attackersKilled } = facts.casualties;
  if (killed !== null || wounded !== null || attackersKilled !== null || !facts.place?.governorate)
    return null;
  return FIGHTING.test(facts.matchText) ? facts.place : null;
}

/**
 * "…were battling IS on the outskirts of Albu Kamal. The Observatory said 17 soldiers and 28
 * militants had been killed since Wednesday": a toll that names no event and no place, told in the
 * paragraph of that fight, is the fight's toll, at its place.
 */
export function tollOfFight(
  fight: { paragraph: number; place: ResolvedPlace } | null,
  facts: ClauseFacts,
  paragraph: number,
): ResolvedPlace | null {
  return fight && fight.paragraph === paragraph && !facts.eventNamed && !facts.place ? fight.place : null;
}
