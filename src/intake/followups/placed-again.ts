// "The strikes hit houses in the village of X, the monitor said" after a lead whose strikes named no
// place: the event told, told again by its definite name with where it fell ("the dead at X": its
// dead, with where they fell).
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { hasCasualties } from '../incidents/incident-bounds.js';
import type { Building } from '../incidents/incident-types.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { inside } from '../dates/event-period.js';

/**
 * When the blows fell, told between their name and the verb with no commas: "the strikes late on
 * Tuesday hit", "the raids overnight struck", "the shelling early on Monday morning targeted" — the
 * same retelling as one with a clause set off by commas.
 */
const WHEN_TOLD = String.raw` (?:(?:late|early) )?(?:(?:on )?(?:(?:sun|mon|tues|wednes|thurs|fri|satur)day|yesterday)(?: (?:night|morning|evening|afternoon))?|overnight|last night|this morning)`;

/**
 * The blows just told, by the definite name, and what they hit: "the strikes hit", "استهدفت الغارات"
 * (with a clause between: "the strikes, which began late Tuesday, hit"; or a time: "the strikes late
 * on Tuesday hit"); or their dead, and where they fell: "the dead at the air base included".
 */
const TOLD_AGAIN_HITTING = new RegExp(
  `(?<!${L})the (?:air ?strikes?|airstrikes?|raids?|shelling|strikes?|bombardment)(?:, [^,.;]{1,90},|${WHEN_TOLD})? (?:hit|struck|targeted)(?!${L})|(?<!${L})the (?:dead|victims|casualties) (?:at|in)(?!${L})|(?<!${L})(?:${anyOf(['استهدفت الغارات', 'طالت الغارات', 'الغارات استهدفت', 'استهدف القصف', 'طال القصف'])})(?!${L})`,
  'u',
);

/**
 * Whether the clause gives the place of `last`, an event told without one: the blows told again,
 * hitting a place of a governorate, with no toll of their own, nor a day other than its.
 */
export function placesEventTold(last: Building | undefined, facts: ClauseFacts): boolean {
  return (
    !!last &&
    placeToldAgain(last, facts) !== null &&
    !hasCasualties(facts) &&
    // (a day of its own only where it is the one told: "The strikes, which began late Tuesday, hit…")
    (!facts.eventDate || (!!last.date && inside(facts.eventDate.date, last.date))) &&
    !facts.separate
  );
}

/**
 * The place a clause merged into `current` (an event told without one) gives it by telling its blows
 * again, hitting a place of a governorate — whatever toll or day the clause tells as well ("The
 * Observatory raised its toll to 23, saying the strikes hit depots around X"; "The strikes, which
 * began late Tuesday, hit targets around X"). null: no such telling, or a place known already.
 */
export function placeToldAgain(current: Building, facts: ClauseFacts): ClauseFacts['place'] {
  return !current.place?.governorate && facts.place?.governorate && TOLD_AGAIN_HITTING.test(facts.matchText)
    ? facts.place
    : null;
}
