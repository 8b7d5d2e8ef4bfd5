// "two members of Hay'at Tahrir al-Sham and a civilian": whose the counted were, then one more joined.
import { BE, BREAKS } from '../casualties/casualty-words.js';
import type { Token } from '../reading/tokens.js';
import { affiliationAt } from './affiliated-with.js';

/**
 * How many words the name of the group after "of" may take ("the Syrian Democratic Forces", "the
 * Kurdish-led Syrian Democratic Forces (SDF)"); the letters of an abbreviation ("U.S.-backed") are
 * not counted as words.
 */
const GROUP_REACH = 8;
/**
 * The words that end a count's reach, less the prepositions a group's name or place may hold ("the
 * Army of Islam", "Hay'at Tahrir al-Sham", whose "at" is a word of its own once the apostrophe splits it).
 */
const GROUP_BREAKS = new Set([...BREAKS].filter((w) => !['of', 'in', 'on', 'at', 'by'].includes(w)));

/**
 * A fate told of the counted ("two of our men dead near the post and a third with burns"): no word of
 * a group's name, it ends the count, so the one joined after it is of a fate of its own.
 */
const FATES = new Set(['dead', 'killed', 'wounded', 'injured', 'hurt']);

/**
 * At `of` (an English count's noun followed by "of"), the index of the "and" that ends the group the
 * counted belong to, where a further count joins them: "killing two members of the Islamic State and
 * a passer-by" is three dead, as "two fighters and a passer-by" is. null where a break, a verb or a
 * number comes first, or where no count follows "and" (`countStarts`).
 */
export function andAfterGroup(
  tokens: readonly Token[],
  of: number,
  isNumber: (t: Token) => boolean,
  countStarts: (at: number) => boolean,
): number | null {
  // ("two men loyal to the Badr Organisation and…": an affiliation's preposition names the group as "of" does)
  if (tokens[of]?.word !== 'of' && affiliationAt(tokens, of - 1) !== of) return null;
  let words = 1;
  for (let j = of + 2; words < GROUP_REACH && j < tokens.length; j++) {
    const token = tokens[j]!;
    if (token.word.length > 1) words++;
    if (GROUP_BREAKS.has(token.word) || FATES.has(token.word) || BE.has(token.word) || isNumber(token))
      return null;
    if (token.word === 'and') return countStarts(j + 1) ? j : null;
  }
  return null;
}
