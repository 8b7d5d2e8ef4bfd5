// A relative day and the date it falls on, written side by side: the written date is the event's.
import type { DateValue } from './date-values.js';
import { L, anyOf } from './word-pattern.js';

/** A written day of the month: "25 آذار", "March 25". */
const DAY_NUMBER = /\p{Nd}/u;
/** What may stand between the two: a comma, a bracket, "الموافق", "corresponding to". */
const APPOSED = new RegExp(
  `^[\\s،,(–-]*(?:(?:${anyOf(['الموافق', 'الموافقة', 'المصادف', 'المصادفة', 'الذي يوافق'])}|corresponding to|that is)(?!${L}))?[\\s،,(]*$`,
  'u',
);

/**
 * "يوم أمس الأحد الموافق 25 آذار", "on Sunday (March 25)": a day told relative to the publication
 * and, right after it, the date it is: where the two disagree (a story written on one day and
 * published the next), the written date wins, as an explicit date in the text wins over a relative one.
 */
export function apposedDate<T extends { start: number; end: number; date: DateValue & { text: string } }>(
  chosen: T | undefined,
  dates: readonly T[],
  text: string,
): T | undefined {
  if (!chosen || DAY_NUMBER.test(chosen.date.text)) return chosen;
  const written = dates.find(
    (d) =>
      d.start >= chosen.end &&
      d.start - chosen.end <= 20 &&
      d.date.precision === 'day' &&
      DAY_NUMBER.test(d.date.text) &&
      APPOSED.test(text.slice(chosen.end, d.start)),
  );
  return written ?? chosen;
}
