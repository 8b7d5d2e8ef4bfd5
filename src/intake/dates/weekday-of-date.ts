// "صباح يوم الجمعة التاسع عشر من حزيران 2009", "on Friday, 19 June 2009": a weekday told right before
// the calendar date it falls on.
import { alt, ANY_MONTH, ANY_WEEKDAY } from './date-patterns.js';
import type { DateValue } from './date-values.js';

/** What may stand between a weekday and its date: a comma, "الموافق" (falling on), or nothing. */
const JOINED = new RegExp(`^\\s*[،,]?\\s*(?:${alt(['الموافق', 'المصادف'])}\\s+)?$`, 'u');

const oneDay = (d: DateValue): boolean => d.precision === 'day' && d.from === d.to;

/**
 * A day written on the calendar, by its month or its number ("التاسع عشر من حزيران", "19 June",
 * "الخامس من الشهر الجاري"; or the next day of a night, "ليل الجمعة – السبت"), not one counted from
 * another ("On Tuesday, a day before the offensive began": the weekday is the day, the count only
 * places it).
 */
const written = (text: string): boolean =>
  ANY_MONTH.test(text) || ANY_WEEKDAY.test(text) || /\p{Nd}|(?<!\p{L})(?:الشهر|month)(?!\p{L})/u.test(text);

/**
 * A weekday joined to the calendar day told right after it names that day: it is no date of its own
 * (the last such weekday before the news), which would date an old event retold — a court story's
 * "يوم الجمعة التاسع عشر من حزيران 2009" — by the week of the verdict.
 */
export function weekdayOfDateAfter(
  text: string,
  weekday: { start: number; end: number; value: DateValue },
  next: { start: number; end: number; value: DateValue } | undefined,
): boolean {
  return (
    !!next &&
    next.start >= weekday.end &&
    written(text.slice(next.start, next.end)) &&
    oneDay(weekday.value) &&
    oneDay(next.value) &&
    ANY_WEEKDAY.test(text.slice(weekday.start, weekday.end)) &&
    JOINED.test(text.slice(weekday.end, next.start))
  );
}

/** "سوق الجمعة", "Friday market": a market named for the weekday it is held on. */
const MARKET_BEFORE = new RegExp(`(?:^|[^\\p{L}])[وفبل]{0,2}${alt(['سوق', 'بازار'])}\\s+$`, 'u');
const MARKET_AFTER = /^\s+(?:market|bazaar)(?!\p{L})/iu;

/**
 * A weekday that names a market ("تفجير سيارة مفخخة في سوق الجمعة بمدينة العمارة", "the Friday market
 * in Amara"): a place, no day of the event — read as the last Friday, it would date an old blow
 * retold in a court story by the week of the verdict.
 */
export function namesMarket(text: string, start: number, end: number): boolean {
  return (
    MARKET_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ||
    MARKET_AFTER.test(text.slice(end, end + 10))
  );
}

/** A quote opened right before: the weekday is the first word of what the quotes close. */
const QUOTE_OPENED_BEFORE = /["«“]\s*$/u;
/** One to three more words, then the quote closed: "العظيمة"", " الحزينة»". */
const NAME_CLOSED_AFTER = /^\s+(?:[^\s"«»“”.،,؛]+\s?){1,3}["»”]/u;

/**
 * A weekday that opens a name in quotes ("تشييع شهداء "الجمعة العظيمة"", «الجمعة الحزينة»): the
 * protests or the day a movement named, no day of the clause's event — read as the last Friday, it
 * would date a funeral told "ظهر أمس السبت" by the day its dead fell.
 */
export function namesQuotedDay(text: string, start: number, end: number): boolean {
  return (
    ANY_WEEKDAY.test(text.slice(start, end)) &&
    QUOTE_OPENED_BEFORE.test(text.slice(Math.max(0, start - 3), start)) &&
    NAME_CLOSED_AFTER.test(text.slice(end, end + 48))
  );
}
