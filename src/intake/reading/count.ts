import type { Count } from '../../content/schema.js';
import { findNumbers } from './numbers.js';
import type { NumberMention } from './types.js';
import type { MatchView } from './view.js';

export type { Count };

/** A count as a closed interval: an exact count is one whose ends meet. */
export interface Span2 {
  low: number;
  high: number;
}

/** Numbers of a clause by their offset, a range standing under its first number. */
export type Numbers = ReadonlyMap<number, { value: Span2; end: number }>;

/** Every number of a text by its offset, each an exact count (no ranges): what a count phrase reads. */
export function numbersIn(view: MatchView): Numbers {
  return new Map(
    findNumbers(view).map((n) => [n.start, { value: { low: n.value, high: n.value }, end: n.end }]),
  );
}

export function toCount(s: Span2): Count {
  return s.low === s.high ? s.low : { low: s.low, high: s.high };
}

export function spanOf(c: Count): Span2 {
  return typeof c === 'number' ? { low: c, high: c } : c;
}

export function sameCount(a: Count, b: Count): boolean {
  const x = spanOf(a);
  const y = spanOf(b);
  return x.low === y.low && x.high === y.high;
}

/** The sum of counts: a range where any of them is one. */
export function sumCounts(counts: readonly Count[]): Count {
  return toCount(
    counts.map(spanOf).reduce((a, b) => ({ low: a.low + b.low, high: a.high + b.high }), { low: 0, high: 0 }),
  );
}

/** "3 to 5", "3-5", "from 3 to 5", "between 3 and 5", "من 3 إلى 5", "ما بين 3 و5", "بين ثلاثة وخمسة". */
const JOIN = /^\s*(?:-|–|to|إلى|الى|حتى)\s*$/iu;
const JOIN_AFTER_BETWEEN = /^\s*(?:and\s|و)/iu;
const BETWEEN = /(?:^|[^\p{L}])(?:between|بين)\s*$/iu;
/** "the toll rose from 3 to 5": an update, the later figure stands, not a range. */
const RISE = /(?:rose|risen|rise|rising|climbed|increased|jumped|ارتفع|ارتفعت|ترتفع|يرتفع)/iu;

/**
 * Ranges of counts in a matched text, by the offset of their first number: two numbers joined by
 * "to", a dash, "إلى", or by "and"/"و" after "between"/"بين", the second larger than the first.
 */
export function findRanges(
  view: MatchView,
  numbers: readonly NumberMention[],
): Map<number, Span2 & { end: number }> {
  const ranges = new Map<number, Span2 & { end: number }>();
  for (let i = 0; i + 1 < numbers.length; i++) {
    const a = numbers[i]!;
    const b = numbers[i + 1]!;
    if (b.value <= a.value) continue;
    // the article's own words: matching drops the dash of "3-5"
    const between = view.sourceSpan(a.end, b.start).text;
    // "و" may be glued to the second number ("بين ثلاثة وخمسة")
    const joined =
      (JOIN.test(between) && !RISE.test(view.sourceSpan(0, a.start).text)) ||
      (/^\s*$|^\s*and\s*$|^\s*و\s*$/u.test(between) &&
        JOIN_AFTER_BETWEEN.test(`${between.trim()} ${b.text}`.trim()) &&
        BETWEEN.test(view.sourceSpan(Math.max(0, a.start - 12), a.start).text));
    if (joined) ranges.set(a.start, { low: a.value, high: b.value, end: b.end });
  }
  return ranges;
}

/** "4", or "3–5" for a range: how a check quotes a count. */
export function countText(c: Count): string {
  return typeof c === 'number' ? String(c) : `${c.low}–${c.high}`;
}
