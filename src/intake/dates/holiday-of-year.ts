// "ليلة رأس السنة الميلادية 2008", "on New Year's Eve 2008": a Gregorian feast told with its year is
// that year's, not the last one before the news.
import { addDays, isoOf } from './calendar.js';
import { B, alt } from './date-patterns.js';
import type { DateRule } from './date-values.js';

/** The year told right after the feast's words ("2008", "عام 2008", "(2008)"). */
const TOLD_YEAR = `\\s*\\(?\\s*(?:(?:${alt(['عام', 'لعام', 'سنة'])})\\s+)?(?<year>(?:19|20)\\d\\d)(?!\\d)`;

/**
 * "ليلة رأس السنة الميلادية 2008", "عشية رأس السنة 2008": the head of the year named is its 1 January,
 * so its night runs from 31 December of the year before into it (the Arabic names the year that
 * opens). "New Year's Eve 2008", "New Year's Day 2008": English names the year the day falls in.
 */
export const HOLIDAY_OF_YEAR_RULES: readonly DateRule[] = [
  {
    pattern: new RegExp(
      B(
        `${alt(['ليلة', 'عشية'])}\\s+${alt(['رأس السنة'])}(?:\\s+${alt(['الميلادية', 'الجديدة'])})?${TOLD_YEAR}`,
      ),
      'gu',
    ),
    resolve: (g) => {
      const jan1 = isoOf(Number(g.year), 1, 1);
      return jan1 ? { from: addDays(jan1, -1), to: jan1, precision: 'day' } : null;
    },
    requires: ['راس'],
  },
  {
    pattern: new RegExp(B(`new\\s+year\\s*s?\\s+(?<which>eve|day)(?:\\s+of)?${TOLD_YEAR}`), 'gu'),
    resolve: (g) => {
      const d = g.which === 'eve' ? isoOf(Number(g.year), 12, 31) : isoOf(Number(g.year), 1, 1);
      return d ? { from: d, to: d, precision: 'day' } : null;
    },
    requires: ['new'],
  },
];
