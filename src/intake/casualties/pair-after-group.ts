// "قُتل قيادي في "قوات سوريا الديمقراطية" ومقاتلان اثنان": two more, after a long group name.
import type { Numbers } from '../reading/count.js';
import { AMONG_AR } from './casualty-words.js';
import type { Token } from '../reading/tokens.js';
import { twoAfterNoun } from './two-after-noun.js';

/** How many words the group named after "في"/"من" may take (as own-people-after.ts reads it). */
const GROUP_REACH = 6;

/**
 * From the qualifier at `i` ("في", "من") after one person counted, the index of a dual person noun
 * joined by "و" ("ومقاتلان", "ومرافقاه") however many words the group he belongs to takes, or null.
 * A dual is no word of a group's name: it counts two more beside him. Stops at a number, which
 * starts another count, and at "هم"/"بينهم" ("أربعة من أفراد الأسرة، هم الجد وزوجته وحفيداه"):
 * who the counted were, told again, not more of them. `count`: how many a person noun counts on
 * its own (2 for a dual).
 */
export function pairAfterGroup(
  tokens: readonly Token[],
  numbers: Numbers,
  i: number,
  count: (word: string) => number | null,
): number | null {
  for (let j = i + 2; j <= i + GROUP_REACH && j < tokens.length; j++) {
    const token = tokens[j]!;
    if (numbers.has(token.start) || AMONG_AR.has(token.word)) return null;
    // (or a plural told two by the number after it, "ومقاتلين اثنين": two-after-noun.ts)
    if (token.word.startsWith('و') && (count(token.word) === 2 || twoAfterNoun(tokens, numbers, j) !== null))
      return j;
  }
  return null;
}
