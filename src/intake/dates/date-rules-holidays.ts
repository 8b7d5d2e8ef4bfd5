// "on New Year's Eve", "ليلة رأس السنة": the feasts of the Gregorian year, on their fixed days.
import { addDays, isoOf, toDate } from './calendar.js';
import { B, alt, f } from './date-patterns.js';
import type { DateRule, DateValue } from './date-values.js';

/** The last `month`/`dayOfMonth` on or before the publication day: a deed the news tells is done. */
function lastOnOrBefore(published: string, month: number, dayOfMonth: number): string {
  const year = toDate(published).getUTCFullYear();
  const candidate = isoOf(year, month, dayOfMonth) as string;
  return candidate > published ? (isoOf(year - 1, month, dayOfMonth) as string) : candidate;
}

const on =
  (month: number, dayOfMonth: number) =>
  (published: string): DateValue => {
    const d = lastOnOrBefore(published, month, dayOfMonth);
    return { from: d, to: d, precision: 'day' };
  };
/** The night that opens the feast's day: the eve and the day. */
const nightBefore =
  (month: number, dayOfMonth: number) =>
  (published: string): DateValue => {
    const d = lastOnOrBefore(published, month, dayOfMonth);
    return { from: addDays(d, -1), to: d, precision: 'day' };
  };

/**
 * "killed in a mortar attack on New Year's Eve", "on Christmas Day", "ليلة رأس السنة" (the night
 * from 31 December to 1 January), "عشية عيد الميلاد": a feast of the Gregorian calendar is a fixed
 * day, the last one on or before the news. (Not a bare "عيد الميلاد", which is also anyone's birthday.)
 */
const HOLIDAYS: readonly { words: readonly string[]; value: (published: string) => DateValue }[] = [
  { words: ["new year's eve", 'new years eve', 'عشية رأس السنة'], value: on(12, 31) },
  { words: ["new year's day", 'new years day'], value: on(1, 1) },
  { words: ['ليلة رأس السنة'], value: nightBefore(1, 1) },
  { words: ['christmas eve', 'عشية عيد الميلاد'], value: on(12, 24) },
  { words: ['christmas day'], value: on(12, 25) },
  { words: ['ليلة عيد الميلاد'], value: nightBefore(12, 25) },
  // Nowruz, the Kurdish and Persian new year, is kept on 21 March in Iraq and Syria ("مساء يوم عيد
  // نوروز"); told as a feast or a day, not bare, as "Newroz" also names camps and neighbourhoods
  {
    words: [
      'عيد نوروز',
      'عيد النوروز',
      'عيد نيروز',
      'يوم نوروز',
      'nowruz day',
      'newroz day',
      'on nowruz',
      'on newroz',
    ],
    value: on(3, 21),
  },
  {
    words: ['عشية عيد نوروز', 'عشية نوروز', 'on the eve of nowruz', 'on the eve of newroz'],
    value: on(3, 20),
  },
];

export const HOLIDAY_RULES: readonly DateRule[] = HOLIDAYS.map(({ words, value }) => ({
  // (not the Hijri new year's: "ليلة رأس السنة الهجرية" moves with the moon)
  pattern: new RegExp(B(`${alt(words)}(?!\\s+(?:${alt(['الهجرية', 'hijri', 'islamic'])}))`), 'giu'),
  resolve: (_g, ctx) => value(ctx.published),
  // (in the matching form, where "New Year's" reads "new year s")
  requires: [...new Set(words.map((w) => f(w).split(' ')[0]!))],
}));
