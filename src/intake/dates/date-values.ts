// Date ranges, what they resolve against, and the helpers that build them.
import type { IncidentDate } from '../../content/schema.js';
import { addDays, isoOf, monthRange, shiftMonth, toDate, yearBefore } from './calendar.js';
import { count, f, PART_OF_MONTH } from './date-patterns.js';

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
  /** The date of the article's main (first) event, with its words: "جاء القصف بعد يوم من…" counts from it. */
  lead?: (DateValue & { text?: string | null }) | null;
  /** The day a feast began on as the article tells it beside a weekday (hijri-dates.ts `feastStartTold`). */
  feastStart?: string | null;
}

export interface DateRule {
  pattern: RegExp;
  resolve(groups: Readonly<Record<string, string | undefined>>, ctx: DateContext): DateValue | null;
  aggregate?: boolean;
  /** A cheap screen: the rule can match only where one of these words is in the text. */
  requires?: readonly string[];
}

export const day = (iso: string): DateValue => ({ from: iso, to: iso, precision: 'day' });
export const month = (year: number, m: number, precision: Precision = 'month'): DateValue => ({
  ...monthRange(year, m),
  precision,
});
export function partOfMonth(year: number, m: number, part: string | undefined): DateValue {
  const [a, b] = PART_OF_MONTH[part ?? ''] ?? [1, 31];
  const { to } = monthRange(year, m);
  const last = Number(to.slice(8));
  return {
    from: isoOf(year, m, a) as string,
    to: isoOf(year, m, Math.min(b, last)) as string,
    precision: 'approximate',
  };
}
/**
 * The quarter of a year a part of a month's words names ("مطلع", "early": January to March; "منتصف",
 * "mid": May to July; "أواخر", "late": October to December), up to the news for this year's: no
 * longer than one event may last (event-period.ts), as a month's part is.
 */
export function partOfYear(year: number, part: string | undefined, published: string): DateValue | null {
  const [a] = PART_OF_MONTH[part ?? ''] ?? [1, 31];
  const first = a <= 10 ? 1 : a <= 20 ? 5 : 10;
  const from = monthRange(year, first).from;
  const end = monthRange(year, first + 2).to;
  if (from > published) return null;
  return { from, to: end < published ? end : published, precision: 'approximate' };
}

/** This month up to the day before `published`; on the 1st, the day itself (nothing earlier is in it). */
export function earlierThisMonth(published: string): DateValue {
  const c = shiftMonth(published, 0);
  const whole = month(c.year, c.month);
  const dayBefore = addDays(published, -1);
  return dayBefore >= whole.from ? clipTo(whole, dayBefore) : clipTo(whole, published);
}

export function clipTo(value: DateValue, published: string): DateValue {
  return value.to > published && value.from <= published ? { ...value, to: published } : value;
}
export const yearOf = (iso: string): number => toDate(iso).getUTCFullYear();

/** Resolves a month name without a year: "الجاري" → the publication's, "الماضي" → before the current month. */
export function monthYear(
  m: number,
  qualifier: string | undefined,
  ctx: DateContext,
  dayOfMonth = 1,
): number {
  const q = qualifier ?? '';
  if (/^(الجاري|الحالي|this)$/.test(q)) return yearOf(ctx.published);
  if (/^(الماضي|المنصرم|الفائت|last)$/.test(q)) {
    const current = shiftMonth(ctx.published, 0);
    return m >= current.month ? current.year - 1 : current.year;
  }
  return yearBefore(ctx.published, m, dayOfMonth);
}

export function relativeDay(word: string, ctx: DateContext): DateValue {
  return day(word === f('اليوم') ? ctx.published : addDays(ctx.published, -1));
}

/** A count told in months: "شهر", "شهرين", "ثلاثة أشهر" (matching form). */
const MONTHS_COUNTED = /(?:^|\s)(?:شهر|شهرين|شهران|اشهر|شهور)(?:\s|$)/u;

/** "أيام", "days", "a few days", "بضعة أيام": days the text does not count. */
const FEW_DAYS = /^(?:(?:a few|few|بضعه|بضع)\s+)?(?:days|ايام)$/u;
/** Days not counted are about a week's worth, as "قبل أيام" / "days ago" are (see `ago`). */
const FEW_DAYS_AT_MOST = 7;

export function chain(
  ctx: DateContext,
  direction: number,
  n: string | undefined,
  unit: string | undefined,
): DateValue | null {
  if (!ctx.anchor) return null;
  const weeks = /^(week|أسبوع|اسبوع|اسابيع)/.test(unit ?? '') || /^(اسبوع|اسبوعين)$/.test(n ?? '');
  const amount = count(n) * (weeks ? 7 : 1);
  const base = direction < 0 ? ctx.anchor.from : ctx.anchor.to;
  // "بعد نحو شهر على اغتيال…", "بعد ذلك بشهرين": a count of months is that month, told round, not
  // as many days
  if (amount > 0 && MONTHS_COUNTED.test(`${n ?? ''} ${unit ?? ''}`)) {
    const m = shiftMonth(base, direction * amount);
    return month(m.year, m.month, 'approximate');
  }
  // "ويأتي الهجوم بعد أيام من انفجار…", "The attack came days after a bomb…": days not counted are
  // a few, up to about a week, on the side the words point to
  if (amount === 0 && FEW_DAYS.test(`${n ?? ''} ${unit ?? ''}`.trim()))
    return direction < 0
      ? { from: addDays(base, -FEW_DAYS_AT_MOST), to: addDays(base, -1), precision: 'approximate' }
      : { from: addDays(base, 1), to: addDays(base, FEW_DAYS_AT_MOST), precision: 'approximate' };
  if (amount === 0) return null;
  // "…launched an offensive on March 25. …ended with a truce six days later", counted from an event
  // told days before the news: a day counted past the news's own is not the one the words count from
  // (they count from a day told since, of no event), so the chain gives none
  const counted = addDays(base, direction * amount);
  if (direction > 0 && counted > ctx.published) return null;
  return day(counted);
}

export function ago(ctx: DateContext, n: string | undefined, unit: string | undefined): DateValue | null {
  const u = unit ?? n ?? '';
  const amount = unit ? count(n) : count(n) || 0;
  // "قبل أيام", "days ago": some day of the week before the day it was told
  if (amount === 0 && !unit && /^(days|ايام)$/.test(u))
    return { from: addDays(ctx.published, -7), to: addDays(ctx.published, -1), precision: 'approximate' };
  if (amount === 0) return null;
  if (/^(day|يوم|ايام)/.test(u) || /^يوم/.test(n ?? '')) return day(addDays(ctx.published, -amount));
  // "a week ago", "منذ أسبوع عندما": about seven days, five to nine
  if (/^(week|اسبوع|اسابيع)/.test(u))
    return {
      from: addDays(ctx.published, -7 * amount - 2),
      to: addDays(ctx.published, -7 * amount + 2),
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
