// A day counted from another event gives way to the day the clause names ("…بعد أسبوع من هجوم …،
// يوم الأربعاء الماضي", "The raid comes ten days after … ambushed a patrol on October 8").
import { addDays } from './calendar.js';
import type { DateValue } from './date-values.js';
import { inside } from './event-period.js';
import { ANY_WEEKDAY } from './date-patterns.js';
import { normalizeForMatch } from '../../text/normalize.js';

/** A day counted in weeks from another event: "بعد أسبوع من", "a week after", "two weeks earlier". */
const WEEKS = /أسبوع|اسبوع|أسابيع|اسابيع|weeks?/u;
/**
 * A day counted from another event, not from the news: "came two days after", "comes ten days after",
 * "بعد يومين من", "three days earlier", "قبل ذلك بيومين" (date-rules-relative.ts).
 */
const COUNTED =
  /(?:^|\s)(?:after|earlier|later|before)$|^(?:came|comes|come)\s|^(?:[وف]?بعد|قبل ذلك|بعد ذلك)\s/u;
/**
 * A date's words count it from another event ("two weeks earlier", "came two days after", "بعد يومين من");
 * a weekday told with its week ("on Thursday last week", "الخميس من الأسبوع الماضي") is told from the news.
 */
export function countedFromAnother(dateText: string): boolean {
  return (WEEKS.test(dateText) && !ANY_WEEKDAY.test(normalizeForMatch(dateText))) || COUNTED.test(dateText);
}

/** The days of the longest month. */
const MONTH_DAYS = 31;

/** How far from the counted day a day the clause names may lie: a week is told round. */
const SLACK = 2;

/** No longer than a month: a time that still tells one event's day loosely (not a year a total runs over). */
const upToAMonth = (d: DateValue): boolean => d.to <= addDays(d.from, MONTH_DAYS);

/**
 * Of a clause's event dates, the one to keep when the first is counted from another event. The count
 * rests on that other event's day, itself often told loosely ("last week", "overnight"); a time the
 * clause names rests on the news: an explicit date, or a weekday, wins, as one resolved against the
 * publication date over one resolved against another relative phrase. Told after the count, it is
 * the time of the event told after "after" ("came two days after rockets hit a base on Friday"); so
 * is a week or a month named after a count told with "after" ("بعد نحو شهرين من اعتداء … في آذار
 * الماضي"), unless the count lies inside it ("came a week after …, following fighting earlier this
 * month": the count is the narrower). Told anywhere, a day within two days of a count in weeks ("بعد
 * أسبوع من هجوم … يوم الأربعاء الماضي") is the day the round week meant. Otherwise the count stands.
 */
export function namedDayOverCount<T extends { date: DateValue & { text: string }; start: number }>(
  chosen: T | undefined,
  dates: readonly T[],
): T | undefined {
  if (!chosen) return chosen;
  const counted = (d: T): boolean => countedFromAnother(d.date.text);
  if (!counted(chosen)) return chosen;
  const toldAfter = dates.find(
    (d) =>
      d !== chosen &&
      d.start > chosen.start &&
      !counted(d) &&
      (d.date.precision === 'day' ||
        (COUNTED.test(chosen.date.text) && upToAMonth(d.date) && !inside(chosen.date, d.date))),
  );
  if (toldAfter) return toldAfter;
  if (chosen.date.precision !== 'day' || !WEEKS.test(chosen.date.text)) return chosen;
  const named = dates.filter((d) => d !== chosen && d.date.precision === 'day' && !counted(d));
  const [from, to] = [addDays(chosen.date.from, -SLACK), addDays(chosen.date.from, SLACK)];
  return named.find((d) => d.date.from >= from && d.date.from <= to) ?? chosen;
}
