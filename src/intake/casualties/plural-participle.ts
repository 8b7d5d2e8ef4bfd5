// A plural participle told of the many counted before it, as the adjective a side is named by, then
// the other side's count joined by "و": "مقتل خمسة مقاتلين معارضين وجنديين نظاميين".
import type { Numbers } from '../reading/count.js';
import { AND_AR, type Token } from '../reading/tokens.js';

/**
 * The sound plural of a participle of a derived verb, indefinite as it agrees with a counted noun:
 * "معارضين", "مسلحين", "موالين", "منشقون" — never an imperfect verb ("يقاتلون"), which starts
 * another clause.
 */
const PLURAL_PARTICIPLE = /^م\p{L}{2,}(?:ين|ون)$/u;

/**
 * The index past a plural participle at `at` told of the group counted right before it, where
 * another count is joined after it by "و" (a dual, "وجنديين", or a number, "و3 جنود"), else `at`:
 * the count joined is more dead of the same toll — in a fight, the other side's — where the adjective
 * would otherwise end the list. A singular joined ("وطفل") is left alone: it may be one more of the
 * group the adjective qualifies. `count`: how many a person noun counts on its own (2 for a dual).
 */
export function pastPluralParticiple(
  tokens: readonly Token[],
  numbers: Numbers,
  at: number,
  count: (word: string) => number | null,
): number {
  if (!PLURAL_PARTICIPLE.test(tokens[at]?.word ?? '')) return at;
  const joined = tokens[at + 1];
  if (!joined?.word.startsWith(AND_AR)) return at;
  const countJoined =
    (joined.word.length > 2 && (count(joined.word) === 2 || numbers.has(joined.start + 1))) ||
    (joined.word === AND_AR && numbers.has(tokens[at + 2]?.start ?? -1));
  return countJoined ? at + 1 : at;
}
