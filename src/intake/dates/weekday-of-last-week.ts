// "on Thursday last week", "يوم الخميس من الأسبوع الماضي": a weekday of the week before the news'.
import { alt, B, PREVIOUS, WEEKDAY, weekdayIndex } from './date-patterns.js';
import { dayOfWeekBefore } from './date-rules-nights.js';
import { day, type DateRule } from './date-values.js';

/**
 * "struck near the crossing on Thursday last week", "الخميس من الأسبوع الماضي": the weekday lies in
 * the Monday–Sunday week before the one of the news (the span "last week" names,
 * date-rules-calendar.ts), as the nights told so do (date-rules-nights.ts); read alone, the weekday
 * would be the last such day, in the news' own week when the news comes later in it.
 */
export const WEEKDAY_OF_LAST_WEEK_RULES: readonly DateRule[] = [
  {
    pattern: new RegExp(
      B(
        `${WEEKDAY('first')}\\s+(?:(?:${alt(['من', 'في', 'خلال'])}\\s+)?${alt(['الأسبوع', 'الاسبوع'])}\\s+(?:${PREVIOUS})|${alt(['last week', 'of last week'])})`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => day(dayOfWeekBefore(ctx.published, weekdayIndex(g.first))),
  },
];
