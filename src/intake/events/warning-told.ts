// A leader's warning of what will come: words about the future, no violent event of its own.
import { AR_PREFIX } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "The president warned on Monday that those behind the bombing would pay a heavy price", "vowed that
 * the attackers will be punished", "توعد الرئيس منفذي الهجوم بدفع ثمن باهظ": a threat or a vow of
 * revenge — what may come, not what happened; the blow it names is told (and drafted) where the text
 * tells it, and the day of the warning is no day of it.
 */
const WARNED = new RegExp(
  `(?<!${L})(?:warned|vowed|threatened|pledged|promised)\\s+(?:[\\p{L}.-]+\\s+){0,3}?that\\s+[^.;]*?(?<!${L})(?:would|will)\\s+(?:(?:be\\s+)?(?:pay|punished|held\\s+accountable|face|suffer|respond|retaliate|hit\\s+back))(?!${L})|(?<!${L})${AR_PREFIX}(?:${anyOf(['توعد', 'توعدت', 'توعدوا'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells a threat or a vow of what will come. */
export function tellsWarning(matchText: string): boolean {
  return WARNED.test(matchText);
}
