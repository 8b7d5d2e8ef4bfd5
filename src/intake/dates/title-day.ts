// "Round-up of violence in Iraq, Wednesday 19 December 2007": a day's report titled by its day.
import { daysBetween, isoOf, weekday } from './calendar.js';
import { f, MONTH, monthOf, WEEKDAY, weekdayIndex } from './date-patterns.js';
import { L } from '../reading/word-pattern.js';

/** A weekday, then its full date: "Wednesday 19 December 2007", "Monday, May 14, 2007", "الأحد 3 آذار 2013". */
const WEEKDAY_DATE = new RegExp(
  `(?<!${L})${WEEKDAY('weekday')}\\s*,?\\s+(?:(?<day>[0-3]?\\d)\\s+(?:من\\s+)?${MONTH}|${MONTH.replace('<month>', '<monthFirst>')}\\s+(?<dayAfter>[0-3]?\\d))\\s*,?\\s+(?<year>(?:19|20)\\d\\d)(?!\\d)`,
  'u',
);
/** How late a day's report may go out: the next morning's paper, or the one after a day off. */
const LATEST_AFTER = 2;

/**
 * A daily round-up titled by the day it reports, weekday and full date, and published after it (the
 * next morning): its "today", the items it tells with no day and the weekdays it names are told from
 * that day, not from the day the paper went out. The title's day, when its weekday agrees with its
 * date and it falls one or two days before publication; else the publication day (a title dating a
 * day ahead, or long before, is not the report's own day).
 */
export function reportDay(title: string, published: string): string {
  const g = WEEKDAY_DATE.exec(f(title))?.groups;
  if (!g) return published;
  const month = monthOf({ month: g.month ?? g.monthFirst });
  const told = isoOf(Number(g.year), month, Number(g.day ?? g.dayAfter));
  if (!told || weekday(told) !== weekdayIndex(g.weekday)) return published;
  const before = daysBetween(told, published);
  return before >= 1 && before <= LATEST_AFTER ? told : published;
}
