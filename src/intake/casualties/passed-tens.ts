// "عدد الجرحى تجاوز العشرين", "تجاوز عدد الجرحى المئة": the count passed, told as a mark by the
// definite tens or hundred word.
import { normalizeForMatch } from '../../text/normalize.js';
import { AR_TENS } from '../reading/number-words.js';

/** Verbs of passing a mark: "تجاوز", "تخطى", "فاق", "يتجاوز". */
const PASSED = ['تجاوز', 'يتجاوز', 'تخطى', 'يتخطى', 'فاق', 'يفوق', 'تعدى'].map(normalizeForMatch);

/**
 * The marks a count passes, made definite: the tens ("العشرين") and the round hundred and thousand
 * ("المئة", "المائة", "الألف"), as the reporter rounds a toll that grew past them.
 */
const ROUND: readonly (readonly [string, number])[] = [
  ['مئة', 100],
  ['مائة', 100],
  ['ألف', 1000],
];
const MARKS: Readonly<Record<string, number>> = {
  ...AR_TENS,
  ...Object.fromEntries(ROUND.map(([word, value]) => [normalizeForMatch(word), value])),
};
const MARK = `${normalizeForMatch('ال')}(?<mark>${Object.keys(MARKS).join('|')})(?![\\p{L}])`;

/** The passing verb, then "the" and a mark: "تجاوز العشرين", "فاق الثلاثين", "تخطى المئة". */
const PASSED_MARK = new RegExp(`(?<![\\p{L}])(?:${PASSED.join('|')})\\s+${MARK}`, 'u');
/** The passing verb right before "عدد الجرحى" (its subject), the mark right after it. */
const VERB_BEFORE = new RegExp(`(?<![\\p{L}])(?:${PASSED.join('|')})\\s+$`, 'u');
const MARK_NEXT = new RegExp(`^\\s+${MARK}`, 'u');

/**
 * Arabic tells a count that passed a round figure by that figure made definite, the mark: "أن عدد
 * الجرحى تجاوز العشرين" (more than twenty), "فيما تجاوز عدد الجرحى المئة" (the verb before its
 * subject), no number word the reader counts on its own (a definite tens word is also a day, "الثاني
 * والعشرين", or a century, "القرن العشرين"; "المئة" is also "per cent", "في المئة"). The figure and
 * where it starts, in `text` (matching form) from `from` (right after "عدد الجرحى", which begins at
 * `subjectAt`) within `reach`; null where none.
 */
export function passedTensAt(
  text: string,
  from: number,
  reach: number,
  subjectAt = from,
): { value: number; start: number } | null {
  const before = VERB_BEFORE.test(text.slice(0, subjectAt)) ? MARK_NEXT.exec(text.slice(from)) : null;
  if (before?.groups?.mark) return { value: MARKS[before.groups.mark]!, start: from };
  const m = PASSED_MARK.exec(text.slice(from, from + reach));
  const mark = m?.groups?.mark;
  return m && mark ? { value: MARKS[mark]!, start: from + m.index } : null;
}
