// "مقتل الأب والأم وخمسة من أطفالهما": both parents of a family named one after the other, two persons
// ("أب" and "أم" are too short to stand as person nouns: pair-retold.ts).
import { normalizeForMatch } from '../../text/normalize.js';
import type { Token } from '../reading/tokens.js';

const THE = 'ال';
const AND = 'و';
const FATHER = normalizeForMatch('أب');
const MOTHER = normalizeForMatch('أم');

/** The parent a word names, with or without the article ("الأب", "أم"), or null. */
function parentOf(word: string): string | null {
  const bare = word.startsWith(THE) ? word.slice(THE.length) : word;
  return bare === FATHER || bare === MOTHER ? bare : null;
}

/**
 * The index after "الأب والأم", "أم وأب" at `i`: the one parent joined by "و" to the other, two
 * persons, whatever kin of theirs is joined after; null elsewhere (one parent alone is read by
 * parent-with-kin.ts, only before that parent's own kin).
 */
export function bothParentsAt(tokens: readonly Token[], i: number): number | null {
  const first = parentOf(tokens[i]?.word ?? '');
  const next = tokens[i + 1]?.word ?? '';
  if (first === null || !next.startsWith(AND)) return null;
  const second = parentOf(next.slice(AND.length));
  return second !== null && second !== first ? i + 2 : null;
}
