// A day of this month or the last, told by its number with no month name.
import { isoOf, shiftMonth } from './calendar.js';
import { alt, B, f, ORDINAL, ORDINALS, PREVIOUS } from './date-patterns.js';
import { day, type DateRule } from './date-values.js';

const THIS_MONTH = alt(['الشهر الجاري', 'الشهر الحالي', 'هذا الشهر', 'this month']);
const LAST_MONTH = `(?:${alt(['الشهر'])}\\s+(?:${PREVIOUS})|${alt(['last month', 'the previous month'])})`;

/**
 * "في الحادي عشر من الشهر الجاري", "في 11 من الشهر الحالي", "on the 11th of this month", "في الخامس من
 * الشهر الماضي": the day itself, in the month the words name, not the whole month.
 */
export const DAY_OF_MONTH_RULES: readonly DateRule[] = [
  {
    pattern: new RegExp(
      B(
        `(?:${ORDINAL}|(?:${alt(['the'])}\\s+)?(?<day>[0-3]?\\d)(?:st|nd|rd|th)?)\\s+(?:${alt(['من', 'of'])})\\s+(?:(?<this>${THIS_MONTH})|(?<last>${LAST_MONTH}))`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => {
      const d = g.ordinal ? (ORDINALS[g.ordinal] ?? 0) : Number(g.day);
      const { year, month } = shiftMonth(ctx.published, g.last ? -1 : 0);
      const iso = isoOf(year, month, d);
      return iso && iso <= ctx.published ? day(iso) : null;
    },
    requires: [f('الشهر'), 'month'],
  },
];
