// "The bombing came less than a week after a car bomb … on Saturday", "بعد أقل من أسبوع على": some day
// within that week before.
import { addDays } from './calendar.js';
import { alt, B, f } from './date-patterns.js';
import { ago, chain, type DateRule } from './date-values.js';

/** A month told round, in days. */
const MONTH_DAYS = 30;

/**
 * "The attack came less than a week after a bomb killed…", "came within two days of…": what follows
 * is some day within so many days before the event told first — not a day counted exactly, nor after
 * it (the bare "a week after" would count forward). A span, so a day the clause names ("on Saturday")
 * is the event's.
 */
export const CAME_WITHIN_RULES: readonly DateRule[] = [
  {
    pattern: new RegExp(
      B(
        `(?:came|comes|come)\\s+(?:less than|under|within)\\s+(?<n>\\d+|a|one|two|three|four|five|six|seven|ten)\\s+(?<unit>days?|weeks?)\\s+(?:after|of)`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => {
      const anchor = ctx.lead ?? ctx.anchor;
      const farthest = chain({ ...ctx, anchor }, -1, g.n, g.unit);
      return anchor && farthest
        ? { from: farthest.from, to: addDays(anchor.from, -1), precision: 'approximate' }
        : null;
    },
    requires: ['came', 'come'],
  },
  // "وتأتي الحادثة بعد أقل من أسبوع على مقتل…", "بعد أقل من أسبوعين على", "بعد أقل من ثلاثة أيام من":
  // the same span in Arabic, read strictly (less than a week is six days at most); so is "بعد أقل من
  // شهرين على", a month told round as thirty days; a span the words leave loose ("أقل من ثلاثة
  // أسابيع") dates nothing
  {
    pattern: new RegExp(
      B(
        `${alt(['بعد'])}\\s+${alt(['أقل من'])}\\s+(?:(?<n>${alt(['يومين', 'أسبوع', 'أسبوعين'])})|(?<months>${alt(['شهر', 'شهرين'])})|(?<count>\\d+|[\\p{L}]+)\\s+(?<unit>${alt(['أيام', 'يوما'])}))\\s+${alt(['من', 'على'])}`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => {
      const anchor = ctx.lead ?? ctx.anchor;
      const n = g.months
        ? String((g.months === f('شهرين') ? 2 : 1) * MONTH_DAYS)
        : g.n === f('يومين')
          ? '2'
          : (g.n ?? g.count);
      const farthest = chain({ ...ctx, anchor }, -1, n, g.months ? undefined : g.unit);
      return anchor && farthest
        ? { from: addDays(farthest.from, 1), to: addDays(anchor.from, -1), precision: 'approximate' }
        : null;
    },
  },
  // "The strikes came around 18 months after a similar raid…", "came two years after": what follows is
  // that long before the event told first, as "18 months ago" is before the day of the news (the
  // month or year of it, not a day counted after)
  {
    pattern: new RegExp(
      B(
        `(?:came|comes|come)\\s+(?:(?:about|around|nearly|some|roughly|almost|more than|over)\\s+)?(?<n>\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?<unit>weeks?|months?|years?)\\s+after`,
      ),
      'gu',
    ),
    resolve: (g, ctx) => {
      const anchor = ctx.lead ?? ctx.anchor;
      return anchor ? ago({ ...ctx, published: anchor.from }, g.n, g.unit) : null;
    },
    requires: ['came', 'come'],
  },
];
