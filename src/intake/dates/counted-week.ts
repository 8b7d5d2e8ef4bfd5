// "ويأتي الحادث بعد أسبوع من هجوم …، يوم الأربعاء الماضي": the day named wins over the week counted.
import { addDays } from './calendar.js';
import type { DateValue } from './date-values.js';

/** A day counted in weeks from another event: "بعد أسبوع من", "a week after", "two weeks earlier". */
const WEEKS = /أسبوع|اسبوع|أسابيع|اسابيع|weeks?/u;
/** How far from the counted day a day the clause names may lie: a week is told round. */
const SLACK = 2;

/**
 * Of a clause's event dates, the one to keep when the first is counted in weeks from another event
 * ("بعد أسبوع من هجوم … يوم الأربعاء الماضي", "came a week after … last Wednesday"): a day the
 * clause names within two days of it is the event's day (a week is said of six to nine days);
 * otherwise the one chosen.
 */
export function namedDayInWeek<T extends { date: DateValue & { text: string } }>(
  chosen: T | undefined,
  dates: readonly T[],
): T | undefined {
  if (!chosen || chosen.date.precision !== 'day' || !WEEKS.test(chosen.date.text)) return chosen;
  const [from, to] = [addDays(chosen.date.from, -SLACK), addDays(chosen.date.from, SLACK)];
  return (
    dates.find(
      (d) =>
        d !== chosen &&
        d.date.precision === 'day' &&
        !WEEKS.test(d.date.text) &&
        d.date.from >= from &&
        d.date.from <= to,
    ) ?? chosen
  );
}
