// The event named again by its noun, with the day it happened inside the span its first telling gave.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { inside } from './event-period.js';
import type { Building } from '../incidents/incident-types.js';

/**
 * "…killed four militants in a raid earlier this week", then "The raid, which took place on
 * Thursday, …" ("…في عملية نفذت مطلع الأسبوع", then "وكانت العملية قد جرت يوم الثلاثاء"): the same
 * event, now dated to its day, not another event on another day.
 */
export function namesDayOf(current: Building, facts: ClauseFacts): boolean {
  return (
    facts.refersBack &&
    !facts.separate &&
    !facts.another &&
    facts.eventDate !== null &&
    current.date !== null &&
    inside(facts.eventDate.date, current.date)
  );
}
