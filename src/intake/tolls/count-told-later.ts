// A count given on a later day than the event just told: that day is the telling's, not the deaths'.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { ANY_WEEKDAY } from '../dates/date-patterns.js';
import { sameGovernorate } from '../places/incident-places.js';
import { withinGap } from '../incidents/incident-followups.js';
import type { Building } from '../incidents/incident-types.js';
import { EN_COUNT_PATTERN as COUNT } from '../reading/number-words.js';
import { CLAUSE_HEAD, L } from '../reading/word-pattern.js';

/**
 * "On Wednesday, the health directorate said 14 people had been killed", "By Friday, officials said
 * nine had died": the clause opens on a day, then a teller, a verb of telling and a toll in the
 * pluperfect — the day is when the count was given; "had" sets the deaths before it. So does a toll
 * told as a state, "On Wednesday, Dr. X of the health directorate said 27 people were dead": the
 * dead as counted that day, not deaths of it.
 */
const DAY_THEN_TOLD_DEAD = new RegExp(
  `${CLAUSE_HEAD}(?:(?:on|by|later on|late on|early on)\\s+)?(?:${ANY_WEEKDAY.source})(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+(?:[\\p{L}\\p{N}'’-]+[.,]?\\s+){1,10}?(?:said|announced|reported|told\\s+\\p{L}+)\\s+(?:that\\s+)?(?:at\\s+least\\s+)?${COUNT}\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:had\\s+(?:died|been\\s+killed)|(?:were|are)\\s+(?:now\\s+)?dead)(?!${L})`,
  'u',
);

/**
 * The clause gives a count of dead told, in those words, on a day after the one of `last` (a few
 * sentences before, its dead counted), with no governorate or event of its own and nothing that
 * makes them more victims: that event's dead as counted then, not an event of the later day.
 */
export function countToldOnLaterDay(
  last: Building | undefined,
  facts: ClauseFacts,
  sentenceIndex: number,
): boolean {
  if (!last?.date || !facts.eventDate || !withinGap(last, sentenceIndex)) return false;
  if (last.killed === null || facts.casualties.killed === null) return false;
  if (facts.separate || facts.another || facts.similar || facts.aggregate || facts.additional) return false;
  if (facts.eventDate.date.from < last.date.from) return false;
  if (facts.place?.governorate && !sameGovernorate(last.place, facts.place)) return false;
  return DAY_THEN_TOLD_DEAD.test(facts.matchText);
}
