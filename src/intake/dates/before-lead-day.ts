// A day told well before the lead's day does not date the lead's undated event.
import { addDays } from './calendar.js';
import type { DateValue } from './date-values.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';

/**
 * "أعلنت القوى الأمنية، اليوم، تفكيك خلية بعد دهم مخبئها فجر اليوم", then "…ما أدى إلى اشتباك قتل فيه
 * اثنان منهم", then "وأضافت أن الخلية فجرت عبوة قرب مخيم للنازحين الشهر الماضي" ("Police said on
 * Sunday they stormed the cell's hideout at dawn", "two were killed in the firefight", "the cell was
 * behind a bomb near a camp last month"): the toll told with no day of its own is of the day the lead
 * gave (`leadDay`); a clause with no toll dated by a span longer than a night ("last month", "last
 * week") that ended more than a day before it tells an earlier event (the lead's day or the one before
 * may be that of its deed: "late last night"). Not a clause that points back at the event told ("the
 * raid took place…").
 */
export function beforeLeadDay(current: Building, facts: ClauseFacts, leadDay: DateValue | null): boolean {
  const day = facts.eventDate?.date;
  if (!leadDay || !day || current.date || facts.refersBack) return false;
  if (current.killed === null && current.wounded === null) return false;
  // (a toll told with an earlier day may be the count of the lead's event before it rose: earlier-count.ts)
  const { killed, wounded, attackersKilled } = facts.casualties;
  if (killed !== null || wounded !== null || attackersKilled !== null) return false;
  // (a day of its own may be where the lead's span began: "those killed since clashes broke out on Sunday")
  return day.to > addDays(day.from, 1) && day.to < addDays(leadDay.from, -1);
}
