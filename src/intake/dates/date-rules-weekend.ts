// "Over the weekend": the Saturday and Sunday last before publication.
import { addDays, lastWeekday } from './calendar.js';
import { B } from './date-patterns.js';
import type { DateRule } from './date-values.js';

const SATURDAY = 6;

/**
 * "killed by rocket fire at a base over the weekend", "during the weekend", "last weekend", "this
 * weekend" (English wires count the weekend as Saturday and Sunday): the last such weekend before
 * the publication day, or the one it falls in when published on a Sunday.
 */
export const WEEKEND_RULES: readonly DateRule[] = [
  {
    pattern: new RegExp(B(`(?:over|during|at|on)\\s+the\\s+weekend|(?:last|this|past)\\s+weekend`), 'gu'),
    resolve: (_g, ctx) => {
      const saturday = lastWeekday(addDays(ctx.published, -1), SATURDAY);
      return { from: saturday, to: addDays(saturday, 1), precision: 'approximate' };
    },
    requires: ['weekend'],
  },
];
