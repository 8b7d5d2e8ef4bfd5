// The event named again as the subject of its deed, with its day: that day, inside the span first told.
import { SUBJECT_BACK } from '../incidents/clause-links.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { inside, sameRange } from './event-period.js';
import type { Building } from '../incidents/incident-types.js';

/**
 * "…were killed when a Turkish drone struck their vehicle earlier this week", then "The strike hit
 * the car on Tuesday, August 8, on a mountain road…" ("…قتلوا بغارة مطلع الأسبوع", then "وكانت
 * الغارة قد استهدفت السيارة يوم الثلاثاء"): the event told before, named as what did the deed, with a
 * day inside the span its first telling gave and no casualties of its own: the event's day.
 */
export function datesDeedAgain(last: Building | undefined, facts: ClauseFacts): boolean {
  const day = facts.eventDate?.date;
  return (
    !!last?.date &&
    !!day &&
    !facts.separate &&
    !facts.another &&
    facts.casualties.killed === null &&
    facts.casualties.wounded === null &&
    inside(day, last.date) &&
    !sameRange(day, last.date) &&
    SUBJECT_BACK.test(facts.matchText)
  );
}
