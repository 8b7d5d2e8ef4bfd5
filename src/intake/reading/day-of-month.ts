// A number that is the day of a date, not a count.
import { monthNames } from '../dates/months.js';
import { L } from './word-pattern.js';

/**
 * Month names a number can stand before; English "may" only where nothing but a stop or a year
 * follows ("on 20 May, …"), never the verb ("20 may have died"), and no short form ("mar").
 */
const NAMES = monthNames()
  .map((m) => m.name)
  .filter((name) => !/^[a-z]{1,3}$/.test(name));

/** "٢٠ من أيار", "20 أيار", "20 May 2019", "the 20th of May": the number says which day. */
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
