import { normalizeForMatchMapped } from '../../text/normalize.js';
import { withVowelledDuals } from './vowelled-dual.js';

/**
 * A sentence as matched (folded Arabic, ASCII digits, lower case, single spaces) with the way back
 * to the article's own words, so that extracted spans quote the article.
 */
export interface MatchView {
  source: string;
  text: string;
  /** The source text behind `text.slice(start, end)`. */
  sourceSpan(start: number, end: number): { start: number; end: number; text: string };
}

export function matchView(source: string): MatchView {
  // (a vowelled dual is read as the dual it is: vowelled-dual.ts)
  const { text, sourceIndex } = normalizeForMatchMapped(withVowelledDuals(source));
  return {
    source,
    text,
    sourceSpan(start, end) {
      const from = sourceIndex[start] ?? source.length;
      const last = end > start ? sourceIndex[end - 1] : undefined;
      let to = last === undefined ? from : last + 1;
      // a folded unit may come from a surrogate pair or a mark-bearing letter: extend over trailing marks
      while (to < source.length && /[\p{M}\uDC00-\uDFFF]/u.test(source[to] ?? '')) to++;
      return { start: from, end: to, text: source.slice(from, to) };
    },
  };
}

/** Arabic proclitics (conjunction, preposition, article) that may be glued to a word. */
export const AR_PREFIX = '(?:[وف]?(?:[بلك]|ال|بال|لل|كال)?)';
