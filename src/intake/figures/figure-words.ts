// The words around a number a figure's label is read from: how the text splits into words, how
// many words a label takes at most, and the multiplier words ("مليون", "million") that belong to the number.
import { normalizeForMatch } from '../../text/normalize.js';

const f = normalizeForMatch;
export const LABEL_WORDS = 5;
export const MULTIPLIERS = new Set(
  [
    'ألف',
    'آلاف',
    'الف',
    'مليون',
    'ملايين',
    'مليار',
    'تريليون',
    'thousand',
    'million',
    'billion',
    'trillion',
  ].map(f),
);

export function wordSpans(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}
