// The day a chain ("two days earlier", "the day before", "قبل ذلك بيومين") counts from, and the day
// "on that occasion" points back at.
import type { DateMention } from '../reading/types.js';
import type { DateValue } from './date-values.js';

/**
 * "It was the worst unrest since crowds broke into the consulate on September 7. On that occasion…":
 * the last day a clause told, whatever it dated (the day of an event before that of a report);
 * before any, whatever day came first.
 */
export function lastToldDay(told: DateValue | null, dates: readonly DateMention[]): DateValue | null {
  const usable = dates.filter((d) => !d.aggregate);
  return usable.filter((d) => d.role === 'event').pop()?.date ?? (told ? told : (usable.pop()?.date ?? null));
}

/**
 * "…struck on Saturday. Relatives gathered at the hospital on Sunday. … A day earlier, three were
 * killed": a chain counts from the day of the last event told, not from any day a sentence gave. A
 * clause's day becomes the anchor where the clause tells an event (a blow, a toll; "Last week, a
 * drone struck…", then "the following day"); the day of a scene, a gathering, an operation told as
 * background ("launched a sweep last week") keeps the anchor the event before gave. Before any
 * anchor, the last day told.
 */
export function chainAnchor(
  anchor: DateValue | null,
  dates: readonly DateMention[],
  reportsEvent: boolean,
): DateValue | null {
  const told = lastToldDay(anchor, dates);
  return !anchor || reportsEvent ? told : anchor;
}
