// A cue's word list as one pattern over the matched text: each word alone, an Arabic word with the
// proclitics it may carry.
import { normalizeForMatch } from '../text/normalize.js';
import { AR_PREFIX } from './view.js';
import { L } from './word-pattern.js';

const f = normalizeForMatch;
// (an adjective agrees with its noun: "طائرات حربية" is also "الطائرات الحربية", not "إطلاق النار")
export const ar = (words: readonly string[]): string =>
  `(?<!${L})${AR_PREFIX}(?:${words.map((w) => (w.includes(' ') ? `${f(w)}|(?<=ال|لل)${f(w).replaceAll(' ', ' ال')}` : f(w))).join('|')})(?!${L})`;
export const en = (words: readonly string[]): string => `(?<!${L})(?:${words.join('|')})(?!${L})`;
