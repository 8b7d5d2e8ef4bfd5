// Date rules for spans, aggregates, years and vague recent time.
import { addDays, isoOf, yearBefore } from './calendar.js';
import {
  alt,
  B,
  count,
  f,
  L,
  MONTH,
  MONTH_QUALIFIER,
  monthOf,
  NO_DAY_AFTER,
  ORDINAL,
  ORDINALS,
  PART,
  YEAR,
} from './date-patterns.js';
import { partOfYear, yearOf, type DateRule } from './date-values.js';
import { anyOf } from '../reading/word-pattern.js';

/**
 * The last few days a toll is told over, up to the news: "killed more than 30 civilians in two days",
 * "over the past three days", "خلال اليومين الماضيين", "خلال الأيام الثلاثة الماضية" (the count of
 * days in `n` or `nar`, none: two). Whether such a toll is one event is span-toll.ts's question.
 */
const OVER_DAYS_SOURCE = `(?:(?:in|over|during)\\s+(?:the\\s+)?(?:past|last)\\s+|in\\s+)(?<n>two|three|four|five)\\s+days|(?:${anyOf(['خلال', 'في'])})\\s+(?:${anyOf(['اليومين الماضيين', 'يومين'])}|${anyOf(['الأيام'])}\\s+(?<nar>${anyOf(['الثلاثة', 'الأربعة', 'الخمسة'])})\\s+${anyOf(['الماضية'])})`;

/** The decades of the last century as Arabic copy names them, with or without the article and the "ي". */
const DECADES_AR: Readonly<Record<string, number>> = Object.fromEntries(
  (
    [
      ['ستين', 1960],
      ['سبعين', 1970],
      ['ثمانين', 1980],
      ['تسعين', 1990],
    ] as const
  ).flatMap(([stem, year]) =>
    ['', 'ال'].flatMap((article) => [`${article}${stem}يات`, `${article}${stem}ات`].map((w) => [f(w), year])),
  ),
);

/**
 * "since" a day of a month (`dayMonth` names the groups `day` or `ordinal`, and `month`), up to
 * publication — unless the day is told as that of one event ("أول هجوم منذ 17 أيلول عندما قتل…",
 * "since March 5, when…").
 */
function sinceDay(dayMonth: string): DateRule {
  return {
    pattern: new RegExp(
      `${B(`(?:${alt(['منذ', 'since'])})\\s+${dayMonth}${YEAR}?${MONTH_QUALIFIER}`)}(?!\\s*[،,]?\\s*${alt(['when', 'عندما', 'حين', 'حينما'])})`,
      'gu',
    ),
    resolve: (g, ctx) => {
      const m = monthOf(g);
      const d = g.ordinal ? (ORDINALS[g.ordinal] ?? 0) : Number(g.day);
      const from = isoOf(g.year ? Number(g.year) : yearBefore(ctx.published, m, d), m, d);
      return from && from <= ctx.published ? { from, to: ctx.published, precision: 'approximate' } : null;
    },
    aggregate: true,
  };
}

/** Spans and aggregates: "between 2018 and 2021", "since 2011", "منذ مطلع العام", "since June". */
export const SPAN_RULES: readonly DateRule[] = [
  // "11 truffle hunters were killed by explosive remnants last season", "قتل 20 من جامعي الكمأ خلال
  // الموسم الماضي": a season is weeks or months of the year before, its dead a total over them, never
  // one event
  {
    pattern: new RegExp(
      B(
        `(?:${alt(['last season', 'the last season', 'the past season', 'the previous season', 'الموسم الماضي', 'الموسم الفائت', 'الموسم المنصرم', 'الموسم السابق'])})`,
      ),
      'gu',
    ),
    resolve: (_g, ctx) => ({
      from: addDays(ctx.published, -365),
      to: addDays(ctx.published, -1),
      precision: 'approximate',
    }),
    aggregate: true,
  },
  // a span of years: "between 2018 and 2021", "from 2015 to 2019", "بين عامي 2018 و2021", "من عام 2016
  // إلى 2020": a total over years, never one event
  {
    pattern: new RegExp(
      B(
        `(?:${alt(['between', 'from', 'بين', 'ما بين', 'من'])})\\s+(?:${alt(['عامي', 'عام', 'العام', 'سنة', 'سنتي'])}\\s+)?(?<y1>(?:19|20)\\d\\d)\\s+(?:${alt(['and', 'to', 'until', 'إلى', 'الى', 'حتى'])}\\s+|و)(?:${alt(['عام', 'العام', 'سنة'])}\\s+)?(?<y2>(?:19|20)\\d\\d)`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => ({
      from: `${g.y1}-01-01`,
      to: `${g.y2}-12-31` < ctx.published ? `${g.y2}-12-31` : ctx.published,
      precision: 'approximate',
    }),
    aggregate: true,
  },
  // aggregates: "since 2011", "منذ عام 2014", "منذ مطلع العام", "since the start of the year"
  {
    pattern: new RegExp(
      B(`(?:${alt(['منذ', 'since'])})\\s+(?:${alt(['عام', 'العام', 'سنة'])}\\s+)?(?<year>(?:19|20)\\d\\d)`),
      'gu',
    ),
    resolve: (g, ctx) => ({ from: `${g.year}-01-01`, to: ctx.published, precision: 'approximate' }),
    aggregate: true,
  },
  // "since the early 1990s", "since the mid-1980s", "منذ مطلع التسعينيات", "منذ ثمانينيات القرن
  // الماضي": a total counted from a decade on, as from a year
  {
    pattern: new RegExp(
      B(
        `(?:${alt(['منذ', 'since'])})\\s+(?:the\\s+)?(?:${PART}[\\s-]+)?(?:(?<decade>(?:19|20)\\d0)[’']?s|(?<named>${alt(Object.keys(DECADES_AR))})(?:\\s+${alt(['القرن الماضي', 'من القرن الماضي'])})?)`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => ({
      from: `${g.decade ?? DECADES_AR[g.named ?? '']}-01-01`,
      to: ctx.published,
      precision: 'approximate',
    }),
    aggregate: true,
  },
  {
    pattern: new RegExp(
      B(
        `(?:${alt(['منذ مطلع', 'منذ بداية', 'منذ بدء', 'منذ أول', 'since the start of', 'since the beginning of'])})\\s+(?:${alt(['العام', 'السنة', 'the year', 'this year'])})(?:\\s+(?:${alt(['الجاري', 'الحالي'])}))?`,
      ),
      'gu',
    ),
    resolve: (_g, ctx) => ({
      from: `${yearOf(ctx.published)}-01-01`,
      to: ctx.published,
      precision: 'approximate',
    }),
    aggregate: true,
  },
  // "منذ حزيران الماضي", "since June", "منذ أواخر نيسان", "since the end of March": the span of an
  // aggregate from any part of a month, not a date of one event (unless the month is told as that of
  // one event, as a day is: "the deadliest since October, when gunmen killed…", "منذ آب، حين…")
  {
    pattern: new RegExp(
      `${B(
        `(?:${alt(['منذ', 'since'])})\\s+(?:${PART}\\s+)?(?:${alt(['شهر', 'of'])}\\s+)?${MONTH}${YEAR}?${MONTH_QUALIFIER}`,
      )}${NO_DAY_AFTER}(?!\\s*[،,]?\\s*${alt(['when', 'عندما', 'حين', 'حينما'])})`,
      'gu',
    ),
    resolve: (_g, ctx) => ({
      from: addDays(ctx.published, -366),
      to: ctx.published,
      precision: 'approximate',
    }),
    aggregate: true,
  },
  // "منذ 23 نيسان الماضي", "since 26 April", "since March 5": from a day on, the span of a campaign's
  // total as much as "since June" is, not the day of one event
  sinceDay(`(?<day>[0-3]?\\d)\\s+(?:${alt(['من'])}\\s+)?${MONTH}`),
  sinceDay(`${MONTH}\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?`),
  // "منذ السادس من حزيران الجاري": the day told as an ordinal word
  sinceDay(`${ORDINAL}\\s+(?:${alt(['من'])}\\s+)?${MONTH}`),
];

/** The number of a law, a decree or a resolution, before the year it is numbered in: "رقم 13", "No. 13". */
const NUMBERED_IN = `(?:${alt(['رقم', 'no.', 'no', 'number'])})\\s*\\(?\\d+\\)?`;

/** Years and vague recent time: "عام 2017", "last year", "مؤخراً". */
export const YEAR_RULES: readonly DateRule[] = [
  // years: "عام 2017", "في 2014", "in 2019", "بحلول 2019", "العام الماضي", "last year"
  {
    // the year may be glued to the next word in sloppy copy ("في 2014على"); the year a law or a
    // decree is numbered in ("القانون رقم 13 لسنة 2005", "Law No. 13 of 2005") is its name, no time
    pattern: new RegExp(
      `(?<!${L})(?<!${NUMBERED_IN}\\s+)(?<pre>[وف]?[بل]?)(?:${alt(['عام', 'العام', 'سنة', 'في', 'خلال', 'بحلول', 'in', 'by', 'during', 'of'])})\\s+(?<year>(?:19|20)\\d\\d)(?!\\d)`,
      'gu',
    ),
    resolve: (g) => ({ from: `${g.year}-01-01`, to: `${g.year}-12-31`, precision: 'approximate' }),
  },
  {
    pattern: new RegExp(B(`${alt(['العام الماضي', 'العام المنصرم', 'السنة الماضية', 'last year'])}`), 'gu'),
    resolve: (_g, ctx) => {
      const y = yearOf(ctx.published) - 1;
      return { from: `${y}-01-01`, to: `${y}-12-31`, precision: 'approximate' };
    },
  },
  // a part of a year: "مطلع العام الجاري", "أواخر العام الماضي", "early this year", "at the start of
  // the year", "late last year": the quarter of that year the part names (date-values.ts)
  {
    pattern: new RegExp(
      B(
        `${PART}\\s+(?:${alt(['of'])}\\s+)?(?:(?<last>${alt(['العام الماضي', 'العام المنصرم', 'العام الفائت', 'السنة الماضية', 'last year'])})|(?:${alt(['العام الجاري', 'العام الحالي', 'السنة الجارية', 'السنة الحالية', 'هذا العام', 'this year', 'the year', 'العام', 'السنة'])}))`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => partOfYear(yearOf(ctx.published) - (g.last ? 1 : 0), g.part, ctx.published),
  },
  // the last days counted up to the news: "killed 30 civilians in two days", "over the past three
  // days", "خلال اليومين الماضيين", "خلال الأيام الثلاثة الماضية": the days a lead's toll sums
  {
    pattern: new RegExp(B(OVER_DAYS_SOURCE), 'gu'),
    resolve: (g, ctx) => {
      const n = g.n ? count(g.n) : g.nar ? count(g.nar.replace(/^ال/u, '')) : 2;
      return { from: addDays(ctx.published, -n), to: ctx.published, precision: 'approximate' };
    },
  },
  // vague recent time: "مؤخراً", "recently", "in recent days", "خلال الأسابيع القليلة الماضية"
  {
    pattern: new RegExp(
      B(
        `${alt(['مؤخرا', 'مؤخراً', 'recently', 'in recent days', 'in recent weeks', 'خلال الأيام الماضية', 'في الأيام الأخيرة', 'خلال الأسابيع الماضية', 'خلال الأسابيع القليلة الماضية', 'في الأسابيع الأخيرة', 'الأسابيع القليلة الماضية', 'in the past few weeks', 'over the past few weeks'])}`,
      ),
      'gu',
    ),
    resolve: (_g, ctx) => ({
      from: addDays(ctx.published, -30),
      to: ctx.published,
      precision: 'approximate',
    }),
  },
];
