// "وكانت المعارك التي دارت في شباط قد أودت بحياة المئات، وأصيب فيها نحو 900 آخرون": others of
// the earlier event the sentence recalls, not more victims of the last event drafted.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import type { DateValue } from '../dates/date-values.js';

/**
 * The days of the event a clause tells, where they end before the last drafted event began: a
 * recalled, earlier event ("وكانت المعارك التي دارت في آذار قد…", "The fighting last spring had
 * killed…"), told in the middle of a story about a later one.
 */
export function daysOfEarlierEvent(facts: ClauseFacts, last: Building | undefined): DateValue | null {
  const days = facts.eventDate?.date;
  if (!facts.reportsEvent || !days || !last?.date) return null;
  return days.to < last.date.from ? days : null;
}

/**
 * "…قد أودت بحياة المئات، وأصيب فيها نحو 900 آخرون", "…had killed hundreds, and 1,500
 * others were wounded": "others" counted with no day of their own, after a clause of the same
 * sentence that recalled an earlier event (past any aside that tells no event), are others of that
 * event. Where that event was drafted it is the last one, whose toll they join; where it was not (a
 * past war, a tally), they are no more victims of the later event the article drafted last, but part
 * of what was recalled: no incident.
 * `earlierBefore`: the days of the earlier event a clause before told (daysOfEarlierEvent).
 */
export function othersOfEarlierEvent(
  earlierBefore: DateValue | null,
  facts: ClauseFacts,
  last: Building | undefined,
): boolean {
  if (!earlierBefore || !facts.additional || facts.eventDate || !last?.date) return false;
  return earlierBefore.to < last.date.from;
}
