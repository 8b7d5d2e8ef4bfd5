import { memoByString } from '../../text/memo.js';
import { normalizeForMatchMapped } from '../../text/normalize.js';
import { withVowelledDuals } from './vowelled-dual.js';

/**
 * A sentence as matched (folded Arabic, ASCII digits, lower case, single spaces) with the way back
 * to the article's own words, so that extracted spans quote the article.
 */
export interface MatchView {
  readonly source: string;
  readonly text: string;
  /** The source text behind `text.slice(start, end)`. */
  sourceSpan(start: number, end: number): { start: number; end: number; text: string };
}

/**
 * The view of a text, made once: the intake's readers ask for the same sentences and clauses again
 * and again, and a view is never changed. Bounded (memo.ts): an article's texts are a few hundred.
 */
export const matchView: (source: string) => MatchView = memoByString(viewOf, 5_000);

function viewOf(source: string): MatchView {
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
