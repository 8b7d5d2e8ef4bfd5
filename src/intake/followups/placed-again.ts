// "The strikes hit houses in the village of X, the monitor said" after a lead whose strikes named no
// place: the event told, told again by its definite name with where it fell ("the dead at X": its
// dead, with where they fell).
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { hasCasualties } from '../incidents/incident-bounds.js';
import type { Building } from '../incidents/incident-types.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * The blows just told, by the definite name, and what they hit: "the strikes hit", "استهدفت الغارات";
 * or their dead, and where they fell: "the dead at the air base included".
 */
const TOLD_AGAIN_HITTING = new RegExp(
  `(?<!${L})the (?:air ?strikes?|airstrikes?|raids?|shelling|strikes?|bombardment) (?:hit|struck|targeted)(?!${L})|(?<!${L})the (?:dead|victims|casualties) (?:at|in)(?!${L})|(?<!${L})(?:${anyOf(['استهدفت الغارات', 'طالت الغارات', 'الغارات استهدفت', 'استهدف القصف', 'طال القصف'])})(?!${L})`,
  'u',
);

/**
 * Whether the clause gives the place of `last`, an event told without one: the blows told again,
 * hitting a place of a governorate, with no toll or day of their own.
 */
export function placesEventTold(last: Building | undefined, facts: ClauseFacts): boolean {
  return (
    !!last &&
    !last.place?.governorate &&
    !!facts.place?.governorate &&
    !hasCasualties(facts) &&
    !facts.eventDate &&
    !facts.separate &&
    TOLD_AGAIN_HITTING.test(facts.matchText)
  );
}
