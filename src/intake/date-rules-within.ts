// "The bombing came less than a week after a car bomb … on Saturday": some day within that week before.
import { addDays } from './calendar.js';
import { B } from './date-patterns.js';
import { chain, type DateRule } from './date-values.js';

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
];
