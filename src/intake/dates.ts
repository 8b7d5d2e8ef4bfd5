import type { IncidentDate } from '../content/schema.js';
import { normalizeForMatch } from '../text/normalize.js';
import { addDays, isoOf, lastWeekday, monthRange, shiftMonth, toDate, yearBefore } from './calendar.js';
import { HIJRI_RULES } from './hijri-dates.js';
import { monthNames } from './months.js';
import type { DateMention } from './types.js';
import type { MatchView } from './view.js';

type Precision = IncidentDate['precision'];
export interface DateValue {
  from: string;
  to: string;
  precision: Precision;
}

export interface DateContext {
  /** Publication date (ISO): relative dates resolve against it. */
  published: string;
  /** The last date mentioned before, for chains ("قبل ذلك بيومين", "two days earlier"). */
  anchor: DateValue | null;
  /** The date of the article's main (first) event: "جاء القصف بعد يوم من…" counts from it. */
  lead?: DateValue | null;
}

interface Rule {
  pattern: RegExp;
  resolve(groups: Record<string, string | undefined>, ctx: DateContext): DateValue | null;
  aggregate?: boolean;
}

const L = '[\\p{L}\\p{N}]';
/** Whole words, allowing Arabic proclitics glued before (وفي، بالأمس، وقبل), captured as `pre`. */
const B = (s: string): string => `(?<!${L})(?<pre>[وف]?[بل]?)(?:${s})(?!${L})`;
const f = normalizeForMatch;
const alt = (words: readonly string[]): string => `(?:${words.map((w) => escape(f(w))).join('|')})`;
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const MONTHS = monthNames();
const MONTH_INDEX = new Map(MONTHS.map((m) => [m.name, m.month]));
const MONTH = `(?<month>${MONTHS.map((m) => escape(m.name)).join('|')})\\.?(?:\\s*[/(]\\s*(?:${MONTHS.map((m) => escape(m.name)).join('|')})\\s*\\)?)?`;
const monthOf = (g: Record<string, string | undefined>): number => MONTH_INDEX.get(g.month ?? '') ?? 0;

const AR_WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'].map(f);
const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const weekdayIndex = (word: string | undefined): number => {
  const w = word ?? '';
  const ar = AR_WEEKDAYS.indexOf(w);
  return ar >= 0 ? ar : EN_WEEKDAYS.indexOf(w);
};
const WEEKDAY = (name: string): string =>
  `(?<${name}>${[...AR_WEEKDAYS, ...EN_WEEKDAYS].map(escape).join('|')})`;

const ANY_MONTH = new RegExp(
  `(?<!${L})[وفبل]{0,2}(?:${MONTHS.map((m) => escape(m.name)).join('|')})(?!${L})`,
  'u',
);
const ANY_WEEKDAY = new RegExp(`(?:${[...AR_WEEKDAYS, ...EN_WEEKDAYS].map(escape).join('|')})(?!${L})`, 'u');

const ORDINALS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ['الأول', 1],
    ['الثاني', 2],
    ['الثالث', 3],
    ['الرابع', 4],
    ['الخامس', 5],
    ['السادس', 6],
    ['السابع', 7],
    ['الثامن', 8],
    ['التاسع', 9],
    ['العاشر', 10],
    ['الحادي عشر', 11],
    ['الثاني عشر', 12],
    ['الثالث عشر', 13],
    ['الرابع عشر', 14],
    ['الخامس عشر', 15],
    ['العشرين', 20],
    ['الثلاثين', 30],
    ['الحادي والثلاثين', 31],
  ].map(([k, v]) => [f(k as string), v as number]),
);
const ORDINAL = `(?<ordinal>${Object.keys(ORDINALS)
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|')})`;

const COUNT_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ['يوم', 1],
    ['يوما', 1],
    ['يومين', 2],
    ['يومان', 2],
    ['ثلاثة', 3],
    ['أربعة', 4],
    ['خمسة', 5],
    ['ستة', 6],
    ['سبعة', 7],
    ['عشرة', 10],
    ['a', 1],
    ['one', 1],
    ['two', 2],
    ['three', 3],
    ['four', 4],
    ['five', 5],
    ['six', 6],
    ['seven', 7],
    ['ten', 10],
    ['خمس', 5],
    ['ثلاث', 3],
    ['أربع', 4],
    ['ست', 6],
    ['سبع', 7],
    ['عشر', 10],
    ['سنة', 1],
    ['عام', 1],
    ['سنتين', 2],
    ['عامين', 2],
    ['شهر', 1],
    ['شهرين', 2],
    ['أسبوع', 1],
    ['أسبوعين', 2],
  ].map(([k, v]) => [f(k as string), v as number]),
);
const count = (word: string | undefined): number =>
  word && /^\d+$/.test(word) ? Number(word) : (COUNT_WORDS[word ?? ''] ?? 0);

const PART_OF_MONTH: Readonly<Record<string, [number, number]>> = Object.fromEntries(
  [
    [
      ['أوائل', 'مطلع', 'بداية', 'بدايات', 'early', 'the beginning of', 'the start of'],
      [1, 10],
    ],
    [
      ['منتصف', 'أواسط', 'mid', 'the middle of'],
      [11, 20],
    ],
    [
      ['أواخر', 'نهاية', 'late', 'the end of'],
      [21, 31],
    ],
  ].flatMap(([words, range]) => (words as string[]).map((w) => [f(w), range as [number, number]])),
);
const PART = `(?<part>${Object.keys(PART_OF_MONTH)
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|')})`;

const day = (iso: string): DateValue => ({ from: iso, to: iso, precision: 'day' });
const month = (year: number, m: number, precision: Precision = 'month'): DateValue => ({
  ...monthRange(year, m),
  precision,
});
function partOfMonth(year: number, m: number, part: string | undefined): DateValue {
  const [a, b] = PART_OF_MONTH[part ?? ''] ?? [1, 31];
  const { to } = monthRange(year, m);
  const last = Number(to.slice(8));
  return {
    from: isoOf(year, m, a) as string,
    to: isoOf(year, m, Math.min(b, last)) as string,
    precision: 'approximate',
  };
}
/** This month up to the day before `published`; on the 1st, the day itself (nothing earlier is in it). */
function earlierThisMonth(published: string): DateValue {
  const c = shiftMonth(published, 0);
  const whole = month(c.year, c.month);
  const dayBefore = addDays(published, -1);
  return dayBefore >= whole.from ? clipTo(whole, dayBefore) : clipTo(whole, published);
}

function clipTo(value: DateValue, published: string): DateValue {
  return value.to > published && value.from <= published ? { ...value, to: published } : value;
}
const yearOf = (iso: string): number => toDate(iso).getUTCFullYear();

/** Resolves a month name without a year: "الجاري" → the publication's, "الماضي" → before the current month. */
function monthYear(m: number, qualifier: string | undefined, ctx: DateContext, dayOfMonth = 1): number {
  const q = qualifier ?? '';
  if (/^(الجاري|الحالي|this)$/.test(q)) return yearOf(ctx.published);
  if (/^(الماضي|المنصرم|الفائت|last)$/.test(q)) {
    const current = shiftMonth(ctx.published, 0);
    return m >= current.month ? current.year - 1 : current.year;
  }
  return yearBefore(ctx.published, m, dayOfMonth);
}

const MONTH_QUALIFIER = `(?:\\s+(?<qualifier>${alt(['الجاري', 'الحالي', 'الماضي', 'المنصرم', 'الفائت'])}))?`;
const YEAR = `(?:\\s*,?\\s*(?:(?:عام|سنة|لعام)\\s+)?(?<year>(?:19|20)\\d\\d))`;
const PREVIOUS = alt(['الماضي', 'المنصرم', 'الفائت', 'السابق']);
const RELATIVE_DAY = `(?<relative>${alt(['أمس', 'البارحة', 'اليوم'])})`;

const RULES: readonly Rule[] = [
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
  // "منذ حزيران الماضي", "since June": the span of an aggregate, not a date of one event
  {
    pattern: new RegExp(
      B(
        `(?:${alt(['منذ', 'since'])})\\s+(?:${alt(['شهر', 'منتصف شهر', 'منتصف', 'مطلع', 'مطلع شهر', 'نهاية', 'mid', 'early', 'late'])}\\s+)?${MONTH}${YEAR}?${MONTH_QUALIFIER}`,
      ),
      'gu',
    ),
    resolve: (_g, ctx) => ({
      from: addDays(ctx.published, -366),
      to: ctx.published,
      precision: 'approximate',
    }),
    aggregate: true,
  },
  // "جاء القصف بعد يوم من مقتل…", "بعد ثلاثة أيام من": the event told next is that many days before the last one
  {
    pattern: new RegExp(
      B(
        `${alt(['بعد'])}\\s+(?<n>${alt(['يوم', 'يومين', 'يومان', 'أسبوع', 'أسبوعين'])}|\\d+|[\\p{L}]+)(?:\\s+(?<unit>${alt(['أيام', 'يوما'])}))?\\s+${alt(['من', 'بعد', 'على'])}`,
      ),
      'gu',
    ),
    resolve: (g, ctx) =>
      chain(
        { ...ctx, anchor: ctx.lead ?? ctx.anchor },
        -1,
        g.n === f('يوم') ? '1' : g.n === f('يومين') || g.n === f('يومان') ? '2' : g.n,
        g.unit,
      ),
  },
  // "(31 تشرين الأول 2020)", "19 تشرين الأول", "7 March 2023"
  {
    pattern: new RegExp(
      B(
        `(?<day>[0-3]?\\d)\\s+(?:${alt(['من'])}\\s+)?(?:${alt(['شهر'])}\\s+)?${MONTH}${YEAR}?${MONTH_QUALIFIER}`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => {
      const m = monthOf(g);
      const d = Number(g.day);
      const year = g.year ? Number(g.year) : monthYear(m, g.qualifier, ctx, d);
      const iso = isoOf(year, m, d);
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
  // "في الأول من تشرين الأول الجاري"
  {
    pattern: new RegExp(
      B(`${ORDINAL}\\s+(?:${alt(['من'])}\\s+)?(?:${alt(['شهر'])}\\s+)?${MONTH}${YEAR}?${MONTH_QUALIFIER}`),
      'gu',
    ),
    resolve: (g, ctx) => {
      const m = monthOf(g);
      const d = ORDINALS[g.ordinal ?? ''] ?? 1;
      const iso = isoOf(g.year ? Number(g.year) : monthYear(m, g.qualifier, ctx, d), m, d);
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
    resolve: (g, ctx) => {
      const c = shiftMonth(ctx.published, g.last ? -1 : 0);
      return clipTo(partOfMonth(c.year, c.month, g.part), ctx.published);
    },
  },
  // "أواخر تشرين الأول", "late October 2020"
  {
    pattern: new RegExp(
      B(`${PART}\\s+(?:${alt(['شهر', 'of'])}\\s+)?${MONTH}${YEAR}?${MONTH_QUALIFIER}`),
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
  // "تشرين الأول 2014", "December 2017"
  {
    pattern: new RegExp(B(`${MONTH}\\s*,?\\s*(?<year>(?:19|20)\\d\\d)`), 'gu'),
    resolve: (g) => month(Number(g.year), monthOf(g)),
  },
  // "في تشرين الأول", "in October", "شهر آب الماضي"
  {
    pattern: new RegExp(
      B(
        `(?:${alt(['في', 'خلال', 'منذ', 'حتى', 'شهر', 'in', 'during', 'since', 'until', 'last', 'this'])})\\s+(?:${alt(['شهر'])}\\s+)?${MONTH}${YEAR}?${MONTH_QUALIFIER}`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => {
      const m = monthOf(g);
      return clipTo(month(g.year ? Number(g.year) : monthYear(m, g.qualifier, ctx), m), ctx.published);
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
  // chains: "قبل ذلك بيومين", "بعد ذلك بثلاثة أيام", "two days earlier", "a day later", "the next day"
  {
    pattern: new RegExp(
      B(
        `(?<dir>${alt(['قبل ذلك', 'بعد ذلك'])})\\s+ب(?<n>\\d+|[\\p{L}]+)(?:\\s+(?<unit>${alt(['أيام', 'يوما', 'أسابيع'])}))?`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => chain(ctx, g.dir === f('قبل ذلك') ? -1 : 1, g.n, g.unit),
  },
  {
    pattern: new RegExp(
      B(
        `(?<n>\\d+|a|one|two|three|four|five|six|seven|ten)\\s+(?<unit>days?|weeks?)\\s+(?<dir>earlier|before|later|after)`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => chain(ctx, g.dir === 'earlier' || g.dir === 'before' ? -1 : 1, g.n, g.unit),
  },
  {
    pattern: new RegExp(
      B(`${alt(['في اليوم التالي', 'اليوم التالي', 'the next day', 'the following day', 'a day later'])}`),
      'gu',
    ),
    resolve: (_g, ctx) => (ctx.anchor ? day(addDays(ctx.anchor.to, 1)) : null),
  },
  {
    pattern: new RegExp(
      B(`${alt(['the day before', 'the previous day', 'في اليوم السابق', 'اليوم السابق'])}`),
      'gu',
    ),
    resolve: (_g, ctx) => (ctx.anchor ? day(addDays(ctx.anchor.from, -1)) : null),
  },
  // "قبل يومين", "two days ago", "قبل خمس سنوات", "five years ago"
  {
    pattern: new RegExp(
      B(
        `(?:${alt(['قبل'])}\\s+(?<n>\\d+|[\\p{L}]+)(?:\\s+(?<unit>${alt(['أيام', 'يوما', 'أسابيع', 'أشهر', 'شهور', 'سنوات', 'أعوام', 'سنة', 'عاما'])}))?|(?<n2>\\d+|a|one|two|three|four|five|six|seven|ten)\\s+(?<unit2>days?|weeks?|months?|years?)\\s+ago)`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => ago(ctx, g.n ?? g.n2, g.unit ?? g.unit2),
  },
  // nights: "ليلة الثلاثاء على الأربعاء", "ليلة الثلاثاء/الأربعاء", "ليلة الثلاثاء", "Monday night"
  {
    pattern: new RegExp(
      B(
        `(?:${alt(['ليلة', 'ليل', 'مساء'])})\\s+(?:${alt(['يوم'])}\\s+)?${WEEKDAY('first')}\\s*(?:${alt(['على', 'الى', 'إلى'])}|/|-)?\\s*${WEEKDAY('second')}`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => {
      const second = lastWeekday(ctx.published, weekdayIndex(g.second));
      return { from: addDays(second, -1), to: second, precision: 'day' };
    },
  },
  {
    pattern: new RegExp(
      B(`(?:${alt(['ليلة', 'ليل'])})\\s+(?:${alt(['يوم'])}\\s+)?${WEEKDAY('first')}`),
      'gu',
    ),
    resolve: (g, ctx) => {
      const d = lastWeekday(ctx.published, weekdayIndex(g.first));
      return { from: addDays(d, -1), to: d, precision: 'day' };
    },
  },
  // "overnight Saturday into Sunday", "the night of Saturday to Sunday", "Saturday night into Sunday"
  {
    pattern: new RegExp(
      B(
        `(?:overnight\\s+(?:from\\s+|on\\s+)?|(?:the\\s+)?night\\s+of\\s+)?${WEEKDAY('first')}(?:\\s+night)?\\s+(?:into|to)\\s+${WEEKDAY('second')}`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => {
      const second = lastWeekday(ctx.published, weekdayIndex(g.second));
      return { from: addDays(second, -1), to: second, precision: 'day' };
    },
  },
  // "Tuesday evening": that day; "Monday night": it may run into the next
  {
    pattern: new RegExp(B(`${WEEKDAY('first')}\\s+evening`), 'gu'),
    resolve: (g, ctx) => day(lastWeekday(ctx.published, weekdayIndex(g.first))),
  },
  {
    pattern: new RegExp(B(`${WEEKDAY('first')}\\s+night`), 'gu'),
    resolve: (g, ctx) => {
      const d = lastWeekday(ctx.published, weekdayIndex(g.first));
      return d === ctx.published ? day(d) : { from: d, to: addDays(d, 1), precision: 'day' };
    },
  },
  // "أول أمس", "the day before yesterday"
  {
    pattern: new RegExp(B(`${alt(['أول أمس', 'أول من أمس', 'the day before yesterday'])}`), 'gu'),
    resolve: (_g, ctx) => day(addDays(ctx.published, -2)),
  },
  // "الليلة الماضية", "last night", "overnight"
  {
    pattern: new RegExp(B(`${alt(['الليلة الماضية', 'ليلة أمس', 'last night', 'overnight'])}`), 'gu'),
    resolve: (_g, ctx) => ({ from: addDays(ctx.published, -1), to: ctx.published, precision: 'day' }),
  },
  // weekdays with optional relative word: "أمس السبت", "اليوم الاثنين", "مساء السبت", "on Monday"
  {
    pattern: new RegExp(
      B(
        `(?:[وف]?(?:${alt(['يوم', 'صباح', 'مساء', 'ظهر', 'عصر', 'فجر', 'ظهيرة', 'منتصف ليل'])})\\s+)?(?:[وف]?ب?${RELATIVE_DAY}\\s+)?(?<last>last\\s+)?${WEEKDAY('first')}(?:\\s+(?<past>${PREVIOUS}))?`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => {
      if (g.relative) return relativeDay(g.relative, ctx);
      const d = lastWeekday(ctx.published, weekdayIndex(g.first));
      // "الأحد الماضي" / "last Sunday" said on a Sunday: a week before
      return day((g.last || g.past) && d === ctx.published ? addDays(d, -7) : d);
    },
  },
  // "أمس", "اليوم", "yesterday", "today", "this morning"
  {
    pattern: new RegExp(
      B(
        `[وف]?(?:${alt(['يوم', 'صباح', 'مساء', 'ظهر', 'فجر'])}\\s+)?(?:ب|بال)?${RELATIVE_DAY}(?!\\s+(?:${alt(['التالي', 'السابق', 'نفسه', 'ذاته'])}))`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => relativeDay(g.relative ?? '', ctx),
  },
  {
    pattern: new RegExp(
      B(`(?<relative>yesterday|today|this morning|this evening|tonight|earlier today)`),
      'gu',
    ),
    resolve: (g, ctx) => day(g.relative === 'yesterday' ? addDays(ctx.published, -1) : ctx.published),
  },
  // years: "عام 2017", "في 2014", "in 2019", "بحلول 2019", "العام الماضي", "last year"
  {
    // the year may be glued to the next word in sloppy copy ("في 2014على")
    pattern: new RegExp(
      `(?<!${L})(?<pre>[وف]?[بل]?)(?:${alt(['عام', 'العام', 'سنة', 'في', 'خلال', 'بحلول', 'in', 'by', 'during', 'of'])})\\s+(?<year>(?:19|20)\\d\\d)(?!\\d)`,
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
  // Hijri dates and feast days, resolved against the publication date (hijri-dates.ts)
  ...HIJRI_RULES,
];

function relativeDay(word: string, ctx: DateContext): DateValue {
  return day(word === f('اليوم') ? ctx.published : addDays(ctx.published, -1));
}

function chain(
  ctx: DateContext,
  direction: number,
  n: string | undefined,
  unit: string | undefined,
): DateValue | null {
  if (!ctx.anchor) return null;
  const weeks = /^(week|أسبوع|اسبوع|اسابيع)/.test(unit ?? '') || /^(اسبوع|اسبوعين)$/.test(n ?? '');
  const amount = count(n) * (weeks ? 7 : 1);
  if (amount === 0) return null;
  const base = direction < 0 ? ctx.anchor.from : ctx.anchor.to;
  return day(addDays(base, direction * amount));
}

function ago(ctx: DateContext, n: string | undefined, unit: string | undefined): DateValue | null {
  const u = unit ?? n ?? '';
  const amount = unit ? count(n) : count(n) || 0;
  if (amount === 0) return null;
  if (/^(day|يوم|ايام)/.test(u) || /^يوم/.test(n ?? '')) return day(addDays(ctx.published, -amount));
  if (/^(week|اسبوع|اسابيع)/.test(u))
    return {
      from: addDays(ctx.published, -7 * amount - 3),
      to: addDays(ctx.published, -7 * amount + 3),
      precision: 'approximate',
    };
  if (/^(month|شهر|اشهر|شهور)/.test(u)) {
    const c = shiftMonth(ctx.published, -amount);
    return month(c.year, c.month, 'approximate');
  }
  if (/^(year|سن|عام|اعوام)/.test(u)) {
    const y = yearOf(ctx.published) - amount;
    return { from: `${y}-01-01`, to: `${y}-12-31`, precision: 'approximate' };
  }
  return null;
}

/**
 * Dates of one sentence, resolved against the publication date: today/yesterday, weekdays (the
 * last such day on or before publication), nights over two days, chains from the previous date,
 * weeks, months in every Arabic tradition and in English, parts of months, years. Overlapping
 * matches keep the longest. Offsets are in the matched text; `text` quotes the article.
 */
export function findDates(view: MatchView, ctx: DateContext): DateMention[] {
  const found: DateMention[] = [];
  let anchor = ctx.anchor;
  const candidates: { start: number; end: number; rule: Rule; groups: Record<string, string | undefined> }[] =
    [];
  const hasMonth = ANY_MONTH.test(view.text);
  const hasWeekday = ANY_WEEKDAY.test(view.text);
  for (const rule of RULES) {
    // cheap screens first: most sentences name no month and no weekday
    if (
      (!hasMonth && rule.pattern.source.includes('(?<month>')) ||
      (!hasWeekday && rule.pattern.source.includes('(?<first>'))
    )
      continue;
    for (const m of view.text.matchAll(rule.pattern)) {
      // the glued proclitic (و، ف، ب، ل) is matched but is not part of the date's words
      candidates.push({
        start: m.index + (m.groups?.pre?.length ?? 0),
        end: m.index + m[0].length,
        rule,
        groups: m.groups ?? {},
      });
    }
  }
  // longest first, so "في تشرين الأول 2014" is read whole rather than as "في تشرين الأول"
  const probe: DateContext = {
    published: ctx.published,
    anchor: ctx.anchor ?? { from: ctx.published, to: ctx.published, precision: 'day' },
  };
  const chosen: typeof candidates = [];
  for (const c of [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (chosen.some((o) => c.start < o.end && o.start < c.end)) continue;
    if (c.rule.resolve(c.groups, probe)) chosen.push(c);
  }
  for (const c of chosen.sort((a, b) => a.start - b.start)) {
    const value = c.rule.resolve(c.groups, { published: ctx.published, anchor, lead: ctx.lead ?? null });
    if (!value || value.from > value.to) continue;
    const span = view.sourceSpan(c.start, c.end);
    found.push({
      start: c.start,
      end: c.end,
      text: span.text,
      date: { ...value, text: span.text },
      role: 'event',
      aggregate: c.rule.aggregate ?? false,
    });
    if (!c.rule.aggregate) anchor = value;
  }
  return found;
}
