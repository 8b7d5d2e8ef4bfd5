// The day a toll rose is not the day of the event whose toll it is.
import { risenToAt } from '../tolls/toll-update.js';
import type { DateMention } from '../reading/types.js';

/** How far after "rose to" the day of the rise may stand: the figure and its noun between. */
const NEAR = 30;

/**
 * The dates a clause gives for its event, less the day its toll rose: in "the death toll from a car
 * bomb … rose to 11 on Tuesday after three of the wounded died" and "ارتفعت حصيلة ضحايا التفجير إلى
 * 11 قتيلاً اليوم الثلاثاء" the day is the update's; the bombing's is told elsewhere (a day told
 * before the figure, "ارتفعت حصيلة ضحايا غارات أمس الأربعاء إلى 21", stays the event's).
 */
export function withoutRiseDays(matchText: string, dates: readonly DateMention[]): DateMention[] {
  const rises = risenToAt(matchText);
  if (rises.length === 0) return [...dates];
  return dates.filter(
    (d) =>
      !rises.some(
        (at) => d.start >= at && d.start - at <= NEAR && !/[.;؛]/u.test(matchText.slice(at, d.start)),
      ),
  );
}
