// An explicit date in the text wins over a relative one (issue 12).
import type { DateValue } from './date-values.js';

/** A written day of the month: "13 نيسان", "April 13", "١٣ نيسان". */
const DAY_NUMBER = /\p{Nd}/u;
/** How far after a day told by name its written date may stand: "، الموافق", ", on". */
const APPOSITION_GAP = 16;

/**
 * "المعارك التي دارت منتصف الشهر، وتحديداً في 9 آذار", "the fighting last week, on March 9 to be
 * exact": a span told loosely ("last week", "mid-month", "recently"), then the day it was
 * written as a date, in one clause: the written day is the event's, even where the loose span's edges
 * miss it (a day that only names the weekday is left to the span). So is the written date right after
 * a day told by its name or as "yesterday" ("ظهر أمس الخميس الموافق 15 تشرين الأول", "on Tuesday,
 * August 8"): where the two disagree, the written one is the one meant.
 */
export function explicitDay<T extends { date: DateValue & { text: string }; start: number; end: number }>(
  chosen: T | undefined,
  dates: readonly T[],
): T | undefined {
  if (!chosen) return chosen;
  const written = (d: T): boolean => d.date.precision === 'day' && DAY_NUMBER.test(d.date.text);
  if (chosen.date.precision === 'day')
    return written(chosen)
      ? chosen
      : (dates.find((d) => written(d) && d.start >= chosen.end && d.start - chosen.end <= APPOSITION_GAP) ??
          chosen);
  return dates.find(written) ?? chosen;
}
