// "عدد الجرحى تجاوز العشرين": the count passed, told as a mark by the definite tens word.
import { normalizeForMatch } from '../../text/normalize.js';
import { AR_TENS } from '../reading/number-words.js';

/** Verbs of passing a mark: "تجاوز", "تخطى", "فاق", "يتجاوز". */
const PASSED = ['تجاوز', 'يتجاوز', 'تخطى', 'يتخطى', 'فاق', 'يفوق', 'تعدى'].map(normalizeForMatch);

/** The passing verb, then "the" and a tens word (its ي or و form): "تجاوز العشرين", "فاق الثلاثين". */
const PASSED_TENS = new RegExp(
  `(?<![\\p{L}])(?:${PASSED.join('|')})\\s+${normalizeForMatch('ال')}(?<tens>${Object.keys(AR_TENS).join('|')})(?![\\p{L}])`,
  'u',
);

/**
 * Arabic tells a count that passed a round figure by that figure made definite, the mark: "أن عدد
 * الجرحى تجاوز العشرين" (more than twenty), no number word the reader counts on its own (a definite
 * tens word is also a day, "الثاني والعشرين", or a century, "القرن العشرين"). The figure and where
 * it starts, in `text` (matching form) from `from` within `reach`; null where none.
 */
export function passedTensAt(
  text: string,
  from: number,
  reach: number,
): { value: number; start: number } | null {
  const m = PASSED_TENS.exec(text.slice(from, from + reach));
  const tens = m?.groups?.tens;
  return m && tens ? { value: AR_TENS[tens]!, start: from + m.index } : null;
}
