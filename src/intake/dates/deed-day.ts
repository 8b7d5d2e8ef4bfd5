// The event named again as the subject of its deed, with its day: that day, inside the span first told.
import { SUBJECT_BACK } from '../incidents/clause-links.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { inside, sameRange } from './event-period.js';
import type { Building } from '../incidents/incident-types.js';
import { sameCount, type Count } from '../reading/count.js';

/**
 * The clause counts no casualties, or the event's own told again ("…funerals of three men killed in
 * a drone strike earlier this week", then "The strike hit their pickup late on Monday, killing all
 * three"): no victims of its own.
 */
function toldAgainOrNone(last: Building, facts: ClauseFacts): boolean {
  const again = (count: Count | null, told: Count | null): boolean =>
    count === null || (told !== null && sameCount(count, told));
  const { killed, wounded } = facts.casualties;
  return again(killed, last.killed) && again(wounded, last.wounded);
}

/**
 * "…were killed when a Turkish drone struck their vehicle earlier this week", then "The strike hit
 * the car on Tuesday, August 8, on a mountain road…" ("…قتلوا بغارة مطلع الأسبوع", then "وكانت
 * الغارة قد استهدفت السيارة يوم الثلاثاء"): the event told before, named as what did the deed, with a
 * day inside the span its first telling gave and no casualties of its own (none, or the event's
 * told again): the event's day.
 */
export function datesDeedAgain(last: Building | undefined, facts: ClauseFacts): boolean {
  const day = facts.eventDate?.date;
  return (
    !!last?.date &&
    !!day &&
    !facts.separate &&
    !facts.another &&
    toldAgainOrNone(last, facts) &&
    inside(day, last.date) &&
    !sameRange(day, last.date) &&
    SUBJECT_BACK.test(facts.matchText)
  );
}
