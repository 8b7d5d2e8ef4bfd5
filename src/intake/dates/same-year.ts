// "يوم 25 تشرين الأول من العام ذاته", "on Oct. 25 of the same year": a day in the year last told.
import { alt, B, MONTH, monthOf } from './date-patterns.js';
import { isoOf } from './calendar.js';
import { day, type DateRule, yearOf } from './date-values.js';

/** "من العام ذاته", "من السنة نفسها", "of the same year", "that year": the year of the date told before. */
const OF_SAME_YEAR = `\\s+(?:${alt(['من العام ذاته', 'من العام نفسه', 'من السنة ذاتها', 'من السنة نفسها', 'من نفس العام', 'من ذات العام', 'of the same year', 'of that year', 'that year'])})`;

/** The day in the year of the date told before, none where nothing was told before or it is after the news. */
const inYearBefore: DateRule['resolve'] = (g, ctx) => {
  if (!ctx.anchor) return null;
  const iso = isoOf(yearOf(ctx.anchor.from), monthOf(g), Number(g.day));
  return iso && iso <= ctx.published ? day(iso) : null;
};

/**
 * "أدين بقتل متظاهرين في الثاني من تشرين الأول 2019 … وإحراق مقر يوم 25 تشرين الأول من العام ذاته":
 * a day and month told in the year of the date before it, not the last such day before the news
 * (which may be a year or two later, in a trial's or an anniversary's report).
 */
export const SAME_YEAR_RULES: readonly DateRule[] = [
  {
    pattern: new RegExp(
      B(`(?<day>[0-3]?\\d)\\s+(?:${alt(['من'])}\\s+)?(?:${alt(['شهر'])}\\s+)?${MONTH}${OF_SAME_YEAR}`),
      'gu',
    ),
    resolve: inYearBefore,
  },
  {
    pattern: new RegExp(B(`${MONTH}\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?${OF_SAME_YEAR}`), 'gu'),
    resolve: inYearBefore,
  },
];
