// "ونشر المرصد السوري، يوم أمس، أن ثلاثة عناصر أصيبوا": news reported before the event just told.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { hasCasualties } from '../incidents/incident-bounds.js';
import type { Building } from '../incidents/incident-types.js';

/**
 * The clause tells casualties a source reported on a day before the article's, while the incident
 * before it may have happened after that report ("خلال الساعات الـ24 الماضية" then "the monitor
 * reported yesterday that three were wounded"): news already out before that event cannot be about
 * it, so it is another event, not more on the one told (the incident's own day, or its lead's for
 * an item told with none).
 */
export function earlierNews(
  current: Building,
  lead: Building,
  facts: ClauseFacts,
  published: string,
): boolean {
  const told = facts.reportingDate?.date;
  // an item with no day of its own is of the lead's window
  const when = current.date ?? lead.date;
  return (
    !!told &&
    !facts.eventDate &&
    told.to < published &&
    !!when &&
    when.to > told.to &&
    hasCasualties(facts) &&
    (current.killed !== null || current.wounded !== null)
  );
}
