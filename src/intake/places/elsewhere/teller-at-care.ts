// "وبحسب مصادر طبية في مشفى تل تمر، الذي نقل إليه المصابون، تراوح عدد الجرحى بين 7 و9": the town of
// the hospital the teller speaks from is where the hurt were carried, not where they were hit (as the
// English "a doctor at the hospital in X" is: source-place.ts).
import { CARE_AR } from '../../../places/care-place.js';

/**
 * "بحسب مصادر طبية في مشفى X", "وحسب مصدر في مستشفى X", "نقلاً عن أطباء في مستشفى X": a teller at a
 * place of care, told as whose word the clause gives, up to the next comma or stop.
 */
const ACCORDING_TO_CARE = new RegExp(
  `(?<![\\p{L}])و?(?:بحسب|حسب|وفق|وفقا\\s+ل|وفقاً\\s+ل|نقلا\\s+عن|نقلاً\\s+عن)\\s*(?:[\\p{L}\\p{M}]+\\s+){1,3}?(?:في|من|ب)\\s*(?:${CARE_AR})[^،,.؛]*`,
  'gu',
);

/** The text (as written) with the place of care a teller speaks from blanked (same length, offsets keep). */
export function withoutTellerAtCare(text: string): string {
  return text.replace(ACCORDING_TO_CARE, (m) => ' '.repeat(m.length));
}
