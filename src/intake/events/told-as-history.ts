// An outcome told as history: the background of the news, not an event of it.
import { monthRange, shiftMonth } from '../dates/calendar.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { DateValue } from '../dates/date-values.js';

/**
 * "Iraqi forces retook eastern Mosul in January after 100 days of fighting" in an April article,
 * "وكانت القوات قد استعادت المدينة في كانون الثاني": no one counted, and over before the month
 * before the article's began — what the news came after, not an incident of it. (With a toll, "In
 * January, a car bomb killed 12", it stays an event; so does last month's raid a spokesman tells
 * as news, "نفذت الشهر الماضي غارة دمرت نفقاً".)
 */
export function toldAsHistory(date: DateValue, published: string, facts: ClauseFacts): boolean {
  const { killed, wounded, attackersKilled } = facts.casualties;
  if (killed !== null || wounded !== null || attackersKilled !== null) return false;
  if (facts.notes.some((c) => c.reason === 'casualties-unsplit')) return false;
  const { year, month } = shiftMonth(published, -1);
  return date.to < monthRange(year, month).from;
}
