// "مشيراً إلى أن إصابة الجندي ليست خطيرة", "وأضاف أن جروح الشرطي طفيفة": how bad the wound of one
// already counted is — the definite noun points back at him — not one more wounded.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * The wound (its noun) of a definite person, then straight away, maybe quoted, how serious it is:
 * the predicate of a nominal sentence ("إصابة الجندي ليست خطيرة"), not a new wound told by a verb
 * or a cause ("أدى إلى إصابة الجندي بجروح خطيرة": "بجروح" stands between).
 */
const WOUND_TOLD_AGAIN = new RegExp(
  `(?<!${L})(?:${anyOf(['إصابة', 'جروح', 'جراح'])})\\s+${anyOf(['ال'])}\\p{L}+\\s+["«“']?\\s*(?:${anyOf(['ليست', 'ليس', 'غير', 'طفيفة', 'بسيطة', 'خطيرة', 'بليغة', 'متوسطة', 'حرجة'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells how serious the wound of one counted before is. */
export function woundToldAgain(matchText: string): boolean {
  return WOUND_TOLD_AGAIN.test(matchText);
}
