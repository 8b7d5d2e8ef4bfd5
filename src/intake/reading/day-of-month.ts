// A number that is the day of a date, not a count.
import { ENGLISH_MONTH_NAMES, monthNames } from '../dates/months.js';
import { hijriMonthNames } from '../dates/hijri-dates.js';
import { L } from './word-pattern.js';

/**
 * Month names a number can stand before; English "may" only where nothing but a stop or a year
 * follows ("on 20 May, …"), never the verb ("20 may have died"), and no short form ("mar").
 */
const NAMES = [...monthNames().map((m) => m.name), ...hijriMonthNames()].filter(
  (name) => !/^[a-z]{1,3}$/.test(name),
);

/**
 * "٢٠ من أيار", "20 أيار", "20 May 2019", "the 20th of May": the number says which day; of a Hijri
 * month too ("يوم أمس الجمعة 19 شوال 1435 هـ").
 */
const MONTH_AFTER = new RegExp(
  `^\\s*(?:th\\s+|st\\s+|nd\\s+|rd\\s+)?(?:(?:من|of)\\s+)?(?:${NAMES.join('|')}|may(?=\\s*(?:[,.;)]|\\d|$)))(?!${L})`,
  'u',
);
const REACH = 24;

/**
 * The number ending at `end` is the day of a month named right after it ("وأصيب آخرون، اليوم
 * الاثنين ٢٠ من أيار": no twenty wounded; "others were hurt on 20 May": none counted either).
 */
export function isDayOfMonth(text: string, end: number): boolean {
  return MONTH_AFTER.test(text.slice(end, end + REACH));
}

/**
 * An English month name in full right before a number ("June 23"), not "may" (the verb: "may 20
 * …"); one a period word leads ("in June 23 people died", "since March 12 were hurt") stands for the
 * month, and the number after it may be a count.
 */
const MONTH_BEFORE = new RegExp(
  `(?<!${L})(?<!(?:in|during|since|until|through|throughout|last|this|early|late|mid)\\s)(?:${ENGLISH_MONTH_NAMES.filter((m) => m !== 'may').join('|')})\\s+$`,
  'u',
);

/**
 * The digits from `start` to `end` are a day told after its month ("In a separate incident June
 * 23, a soldier was wounded": no 23 wounded): a day of the month (1–31), written as digits, right
 * after the month's name, and no letter after them but an ordinal's ending.
 */
export function isDayAfterMonth(text: string, start: number, end: number, value: number): boolean {
  return (
    Number.isInteger(value) &&
    value >= 1 &&
    value <= 31 &&
    /^(?:st|nd|rd|th)?(?![\p{L}\d])/u.test(text.slice(end)) &&
    MONTH_BEFORE.test(text.slice(Math.max(0, start - REACH), start))
  );
}
