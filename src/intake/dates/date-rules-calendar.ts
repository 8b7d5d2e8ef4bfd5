// Date rules for days of a month, months and weeks.
import { addDays, isoOf, lastWeekday, shiftMonth, yearBefore } from './calendar.js';
import {
  alt,
  B,
  MONTH,
  MONTH_QUALIFIER,
  monthOf,
  NO_DAY_AFTER,
  OF_LAST_YEAR,
  ORDINAL,
  ORDINALS,
  PART,
  PREVIOUS,
  YEAR,
} from './date-patterns.js';
import {
  clipTo,
  day,
  earlierThisMonth,
  month,
  monthYear,
  partOfMonth,
  type DateContext,
  type DateRule,
  yearOf,
} from './date-values.js';

/**
 * The year of a day told with its month: the year written, the year before publication for "من العام
 * الماضي", else the one its qualifier ("الجاري", "الماضي") or the publication date implies.
 */
function yearOfDayInMonth(
  g: Readonly<Record<string, string | undefined>>,
  m: number,
  dayOfMonth: number,
  ctx: DateContext,
): number {
  if (g.year) return Number(g.year);
  if (g.lastYear) return yearOf(ctx.published) - 1;
  return monthYear(m, g.qualifier, ctx, dayOfMonth);
}

/** A year right after a day, not taken: what tells a day's number from a count. */
const YEAR_AFTER = YEAR.replace('(?<year>', '(?:');

/** Days of a month, months and weeks: "19 تشرين الأول", "March 7, 2023", "late last month", "last week". */
export const CALENDAR_RULES: readonly DateRule[] = [
  // "(31 تشرين الأول 2020)", "19 تشرين الأول", "7 March 2023"
  {
    pattern: new RegExp(
      B(
        `(?<day>[0-3]?\\d)\\s+(?:${alt(['من'])}\\s+)?(?:${alt(['شهر'])}\\s+)?${MONTH}(?:${YEAR}|${OF_LAST_YEAR})?${MONTH_QUALIFIER}`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => {
      const m = monthOf(g);
      const iso = isoOf(yearOfDayInMonth(g, m, Number(g.day), ctx), m, Number(g.day));
      return iso ? day(iso) : null;
    },
  },
  // "March 7, 2023", "on Oct. 19"
  {
    pattern: new RegExp(B(`${MONTH}\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?${YEAR}?`), 'gu'),
    resolve: (g, ctx) => {
      const m = monthOf(g);
      const d = Number(g.day);
      const iso = isoOf(g.year ? Number(g.year) : yearBefore(ctx.published, m, d), m, d);
      return iso ? day(iso) : null;
    },
  },
  // "on May 2 and 3, 2013", "June 4-5, 2012", "يومي 4 و5 حزيران 2012": two days of one month, the
  // year (written once, after the second day) belonging to both — read whole, so that the first day
  // is not taken alone and dated to the year before the news (the hyphen is a space to the matcher:
  // an English second day stands before the year or a stop, not "on June 4 and 12 people were…");
  // days further apart, "بين 4 و10 شباط", are a span of many deeds, not one deed's days
  {
    pattern: new RegExp(
      B(
        `(?:${MONTH}\\s+(?<day>[0-3]?\\d)(?:\\s+${alt(['and', 'to'])}\\s+(?<lastDay>[0-3]?\\d)(?:st|nd|rd|th)?(?=${YEAR_AFTER}|\\s*[,.;:)]|$)|\\s+(?<lastDayYear>[0-3]?\\d)(?=${YEAR_AFTER}))|(?<dayAr>[0-3]?\\d)\\s*(?:\\s|و|${alt(['إلى', 'الى', 'حتى'])}\\s)\\s*(?<lastDayAr>[0-3]?\\d)\\s+(?:${alt(['من'])}\\s+)?(?:${alt(['شهر'])}\\s+)?${MONTH.replace('(?<month>', '(?<monthAr>')})${YEAR}?`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => {
      const m = monthOf({ month: g.month ?? g.monthAr });
      const [first, last] = [Number(g.day ?? g.dayAr), Number(g.lastDay ?? g.lastDayYear ?? g.lastDayAr)];
      if (last <= first || last - first > 2) return null;
      const year = g.year ? Number(g.year) : yearBefore(ctx.published, m, first);
      const [from, to] = [isoOf(year, m, first), isoOf(year, m, last)];
      return from && to ? { from, to, precision: 'approximate' } : null;
    },
  },
  // "في الأول من تشرين الأول الجاري"
  {
    pattern: new RegExp(
      B(
        `${ORDINAL}\\s+(?:${alt(['من'])}\\s+)?(?:${alt(['شهر'])}\\s+)?${MONTH}(?:${YEAR}|${OF_LAST_YEAR})?${MONTH_QUALIFIER}`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => {
      const m = monthOf(g);
      const d = ORDINALS[g.ordinal ?? ''] ?? 1;
      const iso = isoOf(yearOfDayInMonth(g, m, d, ctx), m, d);
      return iso ? day(iso) : null;
    },
  },
  // "earlier this month", "في وقت سابق من هذا الشهر": this month before the day it is told (a rule
  // of its own: the one below names a month and is screened out where no month name is written)
  {
    pattern: new RegExp(
      B(
        `(?:${alt(['في وقت سابق من', 'وقت سابق من', 'earlier this'])})\\s+(?:${alt(['الشهر الجاري', 'الشهر الحالي', 'هذا الشهر', 'month'])})`,
      ),
      'gu',
    ),
    resolve: (_g, ctx) => earlierThisMonth(ctx.published),
  },
  // "في وقت سابق من تشرين الأول", "earlier in October", "earlier this month"
  {
    pattern: new RegExp(
      B(
        `(?:${alt(['في وقت سابق من', 'وقت سابق من', 'earlier in', 'earlier this'])})\\s+(?:${alt(['شهر'])}\\s+)?(?:${MONTH}|(?<thisMonth>${alt(['الشهر الجاري', 'الشهر الحالي', 'هذا الشهر', 'month'])}))${YEAR}?`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => {
      if (g.thisMonth) return earlierThisMonth(ctx.published);
      const m = monthOf(g);
      return clipTo(month(g.year ? Number(g.year) : yearBefore(ctx.published, m), m), ctx.published);
    },
  },
  // "أواخر الشهر الماضي", "late last month", "early this month"
  {
    pattern: new RegExp(
      B(
        `${PART}\\s+(?:${alt(['of'])}\\s+)?(?:(?<last>${alt(['الشهر الماضي', 'الشهر المنصرم', 'الشهر الفائت', 'الشهر السابق', 'last month'])})|(?<this>${alt(['الشهر الجاري', 'الشهر الحالي', 'هذا الشهر', 'this month'])}))`,
      ),
      'gu',
    ),
    // (a part of this month is told of a past event: it ends the day before publication, as "earlier
    // this month" does, unless that day is not in it)
    resolve: (g, ctx) => {
      const c = shiftMonth(ctx.published, g.last ? -1 : 0);
      const part = partOfMonth(c.year, c.month, g.part);
      const dayBefore = addDays(ctx.published, -1);
      return clipTo(part, g.this && dayBefore >= part.from ? dayBefore : ctx.published);
    },
  },
  // "قتل معلم في مطلع الشهر": early in "the month" with no word for which, this month, as a past
  // event tells it (its first days up to the day before publication); not "منذ مطلع الشهر", a span
  // the period rules read, nor a month told by a word after it ("مطلع الشهر الماضي", "الشهر المقبل",
  // "الشهر الفضيل": the rule above, or another month)
  {
    pattern: new RegExp(
      `(?<!${alt(['منذ'])}\\s)` +
        // (nor a day inside a relative clause of another event, "رداً على التفجيرين اللذين وقعا في مدينة
        // X مطلع الشهر": that event's, the clause's own is told elsewhere)
        `(?<!${alt(['الذي', 'التي', 'اللذين', 'اللذان', 'اللتين', 'اللتان', 'الذين'])}\\s+${alt(['وقع', 'وقعا', 'وقعت', 'وقعتا', 'وقعوا', 'جرى', 'جرت', 'نفذ', 'نفذت', 'شهدته', 'شهدتها'])}(?:\\s+[^\\s.،,]+){0,5}\\s+)` +
        B(
          `(?<part>${alt(['أوائل', 'مطلع', 'بداية', 'بدايات'])})\\s+${alt(['الشهر'])}(?!\\s+${alt(['الماضي', 'المنصرم', 'الفائت', 'السابق', 'الجاري', 'الحالي', 'المقبل', 'القادم', 'الفضيل', 'الكريم', 'المبارك'])})`,
        ),
      'gu',
    ),
    resolve: (g, ctx) => {
      const c = shiftMonth(ctx.published, 0);
      const part = partOfMonth(c.year, c.month, g.part);
      const dayBefore = addDays(ctx.published, -1);
      return dayBefore >= part.from ? clipTo(part, dayBefore) : null;
    },
  },
  // "أواخر تشرين الأول", "late October 2020"; not "late May 13", English wire copy's late hour of
  // that day, which the day rules read (an Arabic month has its day before it: "مطلع حزيران 14 عنصراً"
  // counts fourteen)
  {
    pattern: new RegExp(
      B(
        `${PART}\\s+(?:${alt(['شهر', 'of'])}\\s+)?${MONTH}(?:${YEAR}|(?<=\\p{Script=Arabic})|${NO_DAY_AFTER})${MONTH_QUALIFIER}`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => {
      const m = monthOf(g);
      return clipTo(
        partOfMonth(g.year ? Number(g.year) : monthYear(m, g.qualifier, ctx), m, g.part),
        ctx.published,
      );
    },
  },
  // "في آب/أغسطس من العام الماضي", "في أيار من عام 2020", "in August last year", "in May of 2019": a
  // month told with the year after it, in its own words — that year's month, not this year's; so is
  // the month a story goes back to ("وتعود وقائع القضية إلى أيلول من عام 2006", "يعود الحادث إلى…")
  {
    pattern: new RegExp(
      B(
        `(?:${alt(['في', 'خلال', 'in', 'during'])}|${alt(['تعود', 'يعود', 'وتعود', 'ويعود'])}\\s+(?:[^\\s.،,]+\\s+){0,2}?${alt(['إلى', 'الى'])})\\s+(?:${alt(['شهر'])}\\s+)?${MONTH}\\s+(?:${alt(['من', 'of'])}\\s+)?(?:(?:${alt(['العام الماضي', 'العام المنصرم', 'العام الفائت', 'العام السابق', 'السنة الماضية', 'last year'])})|(?:${alt(['العام', 'عام', 'سنة'])}\\s+)?(?<year>(?:19|20)\\d\\d))`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => month(g.year ? Number(g.year) : yearOf(ctx.published) - 1, monthOf(g)),
  },
  // "تشرين الأول 2014", "December 2017"
  {
    pattern: new RegExp(B(`${MONTH}\\s*,?\\s*(?<year>(?:19|20)\\d\\d)`), 'gu'),
    resolve: (g) => month(Number(g.year), monthOf(g)),
  },
  // "في تشرين الأول", "in October", "شهر آب الماضي"
  {
    pattern: new RegExp(
      B(
        `(?:(?<lastThis>${alt(['last', 'this'])})|${alt(['في', 'خلال', 'منذ', 'حتى', 'شهر', 'in', 'during', 'since', 'until'])})\\s+(?:${alt(['شهر'])}\\s+)?${MONTH}${YEAR}?${MONTH_QUALIFIER}`,
      ) + NO_DAY_AFTER,
      'gu',
    ),
    // "last June" told in June is the June of the year before, as "حزيران الماضي" is
    resolve: (g, ctx) => {
      const m = monthOf(g);
      return clipTo(
        month(g.year ? Number(g.year) : monthYear(m, g.qualifier ?? g.lastThis, ctx), m),
        ctx.published,
      );
    },
  },
  // "الشهر الماضي", "last month", "this month"
  {
    pattern: new RegExp(
      B(
        `(?:${alt(['الشهر', 'شهر'])}\\s+(?:${PREVIOUS})|${alt(['last month', 'the previous month', 'the past month'])})`,
      ),
      'gu',
    ),
    resolve: (_g, ctx) => {
      const c = shiftMonth(ctx.published, -1);
      return month(c.year, c.month);
    },
  },
  {
    pattern: new RegExp(B(`${alt(['الشهر الجاري', 'الشهر الحالي', 'هذا الشهر', 'this month'])}`), 'gu'),
    resolve: (_g, ctx) => {
      const c = shiftMonth(ctx.published, 0);
      return clipTo(month(c.year, c.month), ctx.published);
    },
  },
  // "الأسبوع الماضي", "last week" (the previous Monday–Sunday), "this week"
  {
    pattern: new RegExp(
      B(
        `(?:${alt(['الأسبوع', 'الاسبوع'])}\\s+(?:${PREVIOUS})|${alt(['last week', 'the previous week', 'the past week'])})`,
      ),
      'gu',
    ),
    resolve: (_g, ctx) => {
      const monday = lastWeekday(ctx.published, 1);
      return { from: addDays(monday, -7), to: addDays(monday, -1), precision: 'week' };
    },
  },
  // "earlier this week", "في وقت سابق من هذا الأسبوع": this week, before the day it is told
  {
    pattern: new RegExp(
      B(
        `${alt(['earlier this week', 'في وقت سابق من هذا الأسبوع', 'في وقت سابق من الأسبوع الجاري', 'مطلع الأسبوع الجاري', 'مطلع هذا الأسبوع'])}`,
      ),
      'gu',
    ),
    resolve: (_g, ctx) => {
      const to = addDays(ctx.published, -1);
      const monday = lastWeekday(ctx.published, 1);
      return { from: monday < to ? monday : to, to, precision: 'week' };
    },
  },
  {
    pattern: new RegExp(B(`${alt(['الأسبوع الجاري', 'الأسبوع الحالي', 'هذا الأسبوع', 'this week'])}`), 'gu'),
    resolve: (_g, ctx) => ({ from: lastWeekday(ctx.published, 1), to: ctx.published, precision: 'week' }),
  },
];
