// The event named again by its noun, with the day it happened inside the span its first telling gave.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { DateValue } from './date-values.js';
import { inside } from './event-period.js';
import type { Building } from '../incidents/incident-types.js';

/**
 * The day a clause tells of the event it names back ("The raid, …"), beside the day the event had
 * so far: both where the clause refers back, opens no separate or other event and tells a day,
 * and the event has one; else null. (named-day.ts, onset-day.ts: which relation of the two days
 * makes the clause's day the event's own.)
 */
export function daysNamedBack(
  current: Building,
  facts: ClauseFacts,
): { told: DateValue; had: DateValue } | null {
  if (!facts.refersBack || facts.separate || facts.another) return null;
  if (facts.eventDate === null || current.date === null) return null;
  return { told: facts.eventDate.date, had: current.date };
}

/**
 * "…killed four militants in a raid earlier this week", then "The raid, which took place on
 * Thursday, …" ("…في عملية نفذت مطلع الأسبوع", then "وكانت العملية قد جرت يوم الثلاثاء"): the same
 * event, now dated to its day, not another event on another day.
 */
export function namesDayOf(current: Building, facts: ClauseFacts): boolean {
  const days = daysNamedBack(current, facts);
  return days !== null && inside(days.told, days.had);
}
