// A deed a defendant confessed to, told with no day of its own: the past a court story recalls.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "المدان اعترف أيضاً بمشاركته … بزرع عبوة ناسفة", "اعترف بتنفيذ هجمات", "confessed to planting a
 * bomb", "admitted taking part in an attack": a deed told as what someone confessed to having done.
 */
const CONFESSED = new RegExp(
  `(?<!${L})(?:${anyOf(['اعترف', 'اعترفت', 'اعترفوا', 'أقر', 'أقرت', 'أقروا'])})\\s+(?:[\\p{L}]+\\s+){0,3}?(?:${anyOf(['بمشاركته', 'بمشاركتهم', 'بمشاركتها', 'باشتراكه', 'باشتراكهم', 'بتنفيذه', 'بتنفيذ', 'بقيامه', 'بقيامهم', 'بزرع', 'بالمشاركة', 'بتورطه'])})(?!${L})|(?<!${L})(?:confessed|admitted)\\s+(?:to\\s+)?(?:having\\s+)?(?:taking part|taken part|carrying out|carried out|planting|planted|participating|participated|involvement)(?!${L})`,
  'u',
);

/**
 * The clause (in matching form) tells a deed someone confessed to, with no day of its own ("…اعترف
 * أيضاً بمشاركته في العام نفسه بزرع عبوة ناسفة …، انفجرت من دون أن تسفر عن خسائر"): the background
 * of a sentence or a trial, not an event of the news's day. (The caller asks only where the clause
 * counts no casualties: one told with its toll, "…في الهجوم … ما أسفر عن استشهاد ثمانية", stays an
 * event of its own; so does one told with its day.)
 */
export function confessedDeedOnly(matchText: string, dated: boolean): boolean {
  return !dated && CONFESSED.test(matchText);
}
