// "قتل مدنيان، رجل وزوجته": who the counted were, told after the count, is not more of them.
import { arabicNounCount } from '../casualties/casualty-phrase.js';
import type { Token } from '../reading/tokens.js';
import { PARENTS } from './pair-retold.js';

/**
 * Kin joined at token `j` to a person named right before it ("رجل وزوجته", "امرأة وطفلها"), past the
 * end `from` of the count, are that person's kin: the two name who the counted were, in apposition
 * ("قتل مدنيان، رجل وزوجته، بقصف": two dead, a man and his wife; "اثنان من عائلة واحدة، أب وابنه": a
 * father and his son), and add no one to the count.
 * ("قتل مختار القرية، جنوب الموصل، ونجليه": after a place, the kin are the victim's own, and counted.)
 */
export function kinOfOneNamedAfter(tokens: readonly Token[], j: number, from: number): boolean {
  if (j - 1 < from) return false;
  const prev = tokens[j - 1]?.word ?? '';
  // (not one joined by "و" himself: "…، جنوب الموصل، ومرافقه ونجليه" are all more of the victim's own)
  return (arabicNounCount(prev) !== null || PARENTS.has(prev)) && !prev.startsWith('و');
}
