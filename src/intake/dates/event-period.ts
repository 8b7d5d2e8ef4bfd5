// When an event lies too far back, or spans too long, to be one event of the news; nights over two days.
import { addDays } from './calendar.js';
import type { DateValue } from './date-values.js';

/** Events further back than this before publication are background, not news of the article. */
const HISTORY_DAYS = 183;

/** A toll over a season or a year ("In 2022 alone, 82 people were killed") is a total, not an event. */
const LONGEST_EVENT_DAYS = 92;
export function longPeriod(date: DateValue): boolean {
  return date.to > addDays(date.from, LONGEST_EVENT_DAYS);
}

export function isBackground(date: DateValue, published: string): boolean {
  return date.to < addDays(published, -HISTORY_DAYS) || date.from > addDays(published, 7);
}

/** Longer than a night: a week, a month, "in recent days", from a wounding to the death. */
export function longerThanNight(d: DateValue): boolean {
  return d.to > addDays(d.from, 1);
}

/** A night over two days ("ليلة الأحد على الاثنين", "late Sunday night"). */
export function isNight(d: DateValue): boolean {
  return d.to === addDays(d.from, 1);
}

export function inside(a: DateValue, b: DateValue): boolean {
  return a.from >= b.from && a.to <= b.to;
}

export function sameRange(a: DateValue, b: DateValue): boolean {
  return a.from === b.from && a.to === b.to;
}

/**
 * The clause's event date: the first it gives, unless a later one lies inside it ("وهذه الغارة
 * الثانية خلال الشهر الجاري، إذ قتل اثنان … في وقت سابق من هذا الشهر", "the second strike this
 * month, after two were killed earlier this month"): a span, then a narrower time within it, the
 * event's.
 */
export function narrowest<T extends { date: DateValue }>(dates: readonly T[]): T | undefined {
  const first = dates[0];
  if (!first) return undefined;
  return (
    dates.find((d) => d !== first && inside(d.date, first.date) && !sameRange(d.date, first.date)) ?? first
  );
}
