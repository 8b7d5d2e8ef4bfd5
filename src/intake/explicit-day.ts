// An explicit date in the text wins over a relative one (issue 12).
import type { DateValue } from './date-values.js';

/** A written day of the month: "13 نيسان", "April 13", "١٣ نيسان". */
const DAY_NUMBER = /\p{Nd}/u;

/**
 * "المعارك التي دارت منتصف الشهر، وتحديداً في 9 آذار", "the fighting last week, on March 9 to be
 * exact": a span told loosely ("last week", "mid-month", "recently"), then the day it was
 * written as a date, in one clause: the written day is the event's, even where the loose span's edges
 * miss it (a day that only names the weekday is left to the span).
 */
export function explicitDay<T extends { date: DateValue & { text: string } }>(
  chosen: T | undefined,
  dates: readonly T[],
): T | undefined {
  if (!chosen || chosen.date.precision === 'day') return chosen;
  return dates.find((d) => d.date.precision === 'day' && DAY_NUMBER.test(d.date.text)) ?? chosen;
}
