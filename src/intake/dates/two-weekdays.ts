// "its fighters killed 54 militants on Monday and Tuesday", "يومي الاثنين والثلاثاء": a deed told over
// two days in a row, each named — both days, the span they make (read alone, the later weekday would be
// lost and the deed dated by the first only).
import { addDays, lastWeekday } from './calendar.js';
import { alt, B, WEEKDAY, weekdayIndex } from './date-patterns.js';
import type { DateRule } from './date-values.js';

/**
 * Two weekdays joined by "and" ("on Monday and Tuesday", "يومي السبت والأحد"): the second is the last
 * such day on or before publication, the first the day before it. Only days in a row: two days apart
 * ("on Monday and Wednesday") may be two deeds, each its own day.
 */
export const TWO_WEEKDAYS_RULES: readonly DateRule[] = [
  {
    pattern: new RegExp(
      B(`(?:on\\s+|${alt(['يومي'])}\\s+)?${WEEKDAY('first')}\\s+(?:and\\s+|و\\s*)${WEEKDAY('second')}`),
      'gu',
    ),
    resolve: (g, ctx) => {
      const to = lastWeekday(ctx.published, weekdayIndex(g.second));
      const from = addDays(to, -1);
      return lastWeekday(from, weekdayIndex(g.first)) === from ? { from, to, precision: 'day' } : null;
    },
  },
];
