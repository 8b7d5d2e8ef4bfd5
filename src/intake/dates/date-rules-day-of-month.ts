// A day of this month or the last, told by its number with no month name.
import { isoOf, shiftMonth } from './calendar.js';
import { alt, ANY_MONTH, B, f, L, ORDINAL, ORDINALS, PREVIOUS } from './date-patterns.js';
import { day, type DateRule, type DateValue } from './date-values.js';

const THIS_MONTH = alt(['الشهر الجاري', 'الشهر الحالي', 'هذا الشهر', 'this month']);
const LAST_MONTH = `(?:${alt(['الشهر'])}\\s+(?:${PREVIOUS})|${alt(['last month', 'the previous month'])})`;

/** "من الشهر ذاته", "of the same month": the month told just before, named again. */
const SAME_MONTH = alt(['ذاته', 'نفسه']);

/**
 * A month told earlier in the sentence, by its word or its name ("خلال الشهر", "في كانون الثاني"):
 * what "منه" (of it) after a day's number points back at.
 */
const MONTH_TOLD_BEFORE = `(?<=(?:(?<!${L})[وفبل]{0,2}${alt(['الشهر', 'شهر'])}(?!${L})|${ANY_MONTH.source})[^.!?؟]{0,80})`;

/**
 * The month "the month" points at: the one the last date told lies in (a day or a month of it), or
 * with none told, the month of publication; where the day would fall after publication (only in
 * that month), the month before — a monthly report put out on the 1st tells of the month just ended.
 */
function dayOfToldMonth(d: number, anchor: DateValue | null, published: string): DateValue | null {
  const told = anchor && anchor.from.slice(0, 7) === anchor.to.slice(0, 7) ? anchor.from : published;
  const { year, month } = shiftMonth(told, 0);
  const iso = isoOf(year, month, d);
  if (iso && iso <= published) return day(iso);
  const before = shiftMonth(published, -1);
  const earlier = isoOf(before.year, before.month, d);
  return earlier ? day(earlier) : null;
}

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
  {
    // "ليلة الخامس والعشرين من الشهر ذاته" after "يوم ١٧ آذار", "فجر السابع عشر من الشهر" in a report
    // of last month, "on the 25th of the same month": the day, in the month told (not where a word
    // after "the month" names which: "من الشهر الجاري" is the rule above, "الشهر الفضيل" another)
    pattern: new RegExp(
      B(
        `(?:${ORDINAL}|(?:${alt(['the'])}\\s+)?(?<day>[0-3]?\\d)(?:st|nd|rd|th)?)\\s+(?:${alt(['من'])}\\s+${alt(['الشهر'])}(?:\\s+${SAME_MONTH}|(?!\\s+${alt(['ال'])}))|of\\s+the\\s+(?:same\\s+)?month(?!\\s+of(?!${L})))`,
      ),
      'gu',
    ),
    resolve: (g, ctx) =>
      dayOfToldMonth(g.ordinal ? (ORDINALS[g.ordinal] ?? 0) : Number(g.day), ctx.anchor, ctx.published),
    requires: [f('الشهر'), 'month'],
  },
  {
    // "وكانت أعنف الحوادث خلال الشهر في السابع عشر منه": "on the 17th of it", the month the sentence
    // told just before (a day's number with "منه" and no month told is left: "الثاني منه", "the
    // second of it", may count anything)
    pattern: new RegExp(
      MONTH_TOLD_BEFORE + B(`${alt(['في', 'يوم'])}\\s+(?:${ORDINAL}|(?<day>[0-3]?\\d))\\s+${alt(['منه'])}`),
      'gu',
    ),
    resolve: (g, ctx) =>
      dayOfToldMonth(g.ordinal ? (ORDINALS[g.ordinal] ?? 0) : Number(g.day), ctx.anchor, ctx.published),
    requires: [f('منه')],
  },
  {
    // "…في الحادي عشر من الشهر، حين قُتل…. وفي الثالث والعشرين منه، قُتل…": the next item of a month's
    // list, opening its own sentence with "وفي" right after one that told a day; "منه" is the month
    // of that day (after a span or none, the rule above or nothing)
    pattern: new RegExp(
      `^[\\s"'«(-]*` + B(`${alt(['في'])}\\s+(?:${ORDINAL}|(?<day>[0-3]?\\d))\\s+${alt(['منه'])}`),
      'gu',
    ),
    resolve: (g, ctx) =>
      g.pre?.startsWith('و') && ctx.anchor && ctx.anchor.from === ctx.anchor.to
        ? dayOfToldMonth(g.ordinal ? (ORDINALS[g.ordinal] ?? 0) : Number(g.day), ctx.anchor, ctx.published)
        : null,
    requires: [f('منه')],
  },
];
