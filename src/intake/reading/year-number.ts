// A number that is a year, not a count.
import { monthNames } from '../dates/months.js';
import { hijriMonthNames } from '../dates/hijri-dates.js';
import { L } from './word-pattern.js';

/** Words a year stands after in English: "the 2019 protests", "in 2014", "since 2011", "October 2019". */
const BEFORE_YEAR = new RegExp(
  `(?<!${L})(?:the|in|since|of|${monthNames()
    .map((m) => m.name)
    .filter((name) => /^[a-z]{4,}$/.test(name))
    .join('|')})\\s*$`,
  'u',
);
/**
 * A month named right before, in Arabic of any tradition or of the Hijri calendar: "الثامن من محرم
 * 1444،", "في 3 أيار 2019". The year of a date told in full.
 */
const ARABIC_MONTH_BEFORE = new RegExp(
  `(?<!${L})(?:${[...monthNames().map((m) => m.name), ...hijriMonthNames()]
    .filter((name) => !/^[a-z]/.test(name))
    .join('|')})\\s*$`,
  'u',
);
const REACH = 24;

/**
 * "A lawyer who defended the 2019 protesters was shot dead": four digits of a year, told after
 * "the", "in", "since" or a month, say when, never how many were hit (a toll that size is written
 * "2,019"). Arabic counts are read after their verb or noun, where a year does not stand, but for
 * a date told in full between the verb and its object ("اغتال مسلحون، الثامن من محرم 1444، ضابطاً"):
 * four digits right after a month's name, of the Hijri calendar (13xx, 14xx) or the Gregorian, are
 * its year.
 */
export function isYear(text: string, start: number, end: number): boolean {
  const digits = text.slice(start, end);
  const before = text.slice(Math.max(0, start - REACH), start);
  return (
    (/^(?:19|20)\d\d$/u.test(digits) && BEFORE_YEAR.test(before)) ||
    (/^(?:1[34]|19|20)\d\d$/u.test(digits) && ARABIC_MONTH_BEFORE.test(before))
  );
}
