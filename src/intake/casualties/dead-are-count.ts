// "وقال المراسل إن الشهداء أربعة", "والجرحى خمسة": the dead (or wounded) named, their count the predicate.
import { normalizeForMatch as f } from '../../text/normalize.js';
import type { Numbers, Span2 } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';
import { THAT } from './casualty-words.js';

const NOUNS = {
  killed: new Set(['الشهداء', 'القتلى', 'الضحايا'].map(f)),
  wounded: new Set(['الجرحى', 'المصابين', 'المصابون'].map(f)),
};
/** "إن" folds to "ان" as "أن" does; the copula "هم" may stand between ("القتلى هم ثلاثة"). */
const COPULA = new Set(['هم', 'وهم'].map(f));
const AND = f('و');

/**
 * The count told as the predicate of the dead or the wounded named at the head of a clause, right
 * after "أن"/"إن" or joined by "و" ("إن الشهداء أربعة", "والجرحى خمسة"): how many they were, null
 * where no such clause is told. The number must be indefinite ("القتلى الثلاثة" are three named
 * again, no count told). `countAt`: the count starting at a token.
 */
export function deadAreCount(
  tokens: readonly Token[],
  numbers: Numbers,
  kind: 'killed' | 'wounded',
  countAt: (at: number) => Span2 | null,
): Span2 | null {
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.word;
    const joined = word.startsWith(AND) && NOUNS[kind].has(word.slice(1));
    if (!joined && !(NOUNS[kind].has(word) && THAT.has(tokens[i - 1]?.word ?? ''))) continue;
    const at = COPULA.has(tokens[i + 1]?.word ?? '') ? i + 2 : i + 1;
    const next = tokens[at];
    if (!next || next.word.startsWith('ال') || !numbers.has(next.start)) continue;
    const value = countAt(at);
    if (value !== null) return value;
  }
  return null;
}
