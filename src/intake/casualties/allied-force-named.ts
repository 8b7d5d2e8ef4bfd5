// "37 members of the army and pro-government militia and 23 jihadists", "nine soldiers and allied
// militiamen and 20 IS fighters": a force allied to the first side named with it after its count, the
// other side's count joined only after that name.
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';
import { BREAKS } from './casualty-words.js';

/** How many words the allied force's name may take between the two "and"s ("pro government militiamen"). */
const NAME_WORDS = 3;

/** The nouns an allied force is named by, ending its name: "militia", "militiamen", "allied fighters". */
export const FORCE_NOUN =
  /^(?:militias?|militiam[ae]n|paramilitar(?:y|ies)|fighters|forces|troops|allies|police|policem[ae]n|gunmen|loyalists)$/u;

/**
 * At `at`, right after the "and" that follows the first count: the words of a force named with the
 * first side, ending on its noun, then "and" — the index past that second "and", where the other
 * side's count stands; else `at` (a count right after the first "and" stands there already).
 */
export function pastAlliedForce(tokens: readonly Token[], numbers: Numbers, at: number): number {
  if (numbers.has(tokens[at]?.start ?? -1)) return at;
  for (let end = at; end < at + NAME_WORDS; end++) {
    const word = tokens[end]?.word ?? '';
    if (word === 'and' || BREAKS.has(word) || numbers.has(tokens[end]?.start ?? -1)) return at;
    if (FORCE_NOUN.test(word) && tokens[end + 1]?.word === 'and') return end + 2;
  }
  return at;
}
