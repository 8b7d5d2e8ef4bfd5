// A number that is a year, not a count.
import { monthNames } from '../dates/months.js';
import { L } from './word-pattern.js';

/** Words a year stands after in English: "the 2019 protests", "in 2014", "since 2011", "October 2019". */
const BEFORE_YEAR = new RegExp(
  `(?<!${L})(?:the|in|since|of|${monthNames()
    .map((m) => m.name)
    .filter((name) => /^[a-z]{4,}$/.test(name))
    .join('|')})\\s*$`,
  'u',
);
const REACH = 24;

/**
 * "A lawyer who defended the 2019 protesters was shot dead": four digits of a year, told after
 * "the", "in", "since" or a month, say when, never how many were hit (a toll that size is written
 * "2,019"). Arabic counts are read after their verb or noun, where a year does not stand.
 */
export function isYear(text: string, start: number, end: number): boolean {
  return (
    /^(?:19|20)\d\d$/u.test(text.slice(start, end)) &&
    BEFORE_YEAR.test(text.slice(Math.max(0, start - REACH), start))
  );
}
