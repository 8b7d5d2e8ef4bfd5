// "killing two policemen and the patrol driver": one more person, named by what they were.
import { BREAKS, EN_PERSONS } from './casualty-words.js';
import type { Token } from './tokens.js';

/** Describing words that may stand between "the" and the person noun ("the civilian driver"). */
const DESCRIBING_REACH = 2;

/**
 * At "the" right after "and" in a count, the index after the one person it names ("and the driver",
 * "and the civilian driver"), else null: the definite singular joined to a count is one more of the
 * same toll. A plural ("and the soldiers") says no number, and a break, "and" or a number ends the reach.
 */
export function theOneJoinedAt(
  tokens: readonly Token[],
  i: number,
  isNumber: (t: Token) => boolean,
): number | null {
  if (tokens[i]?.word !== 'the' || tokens[i - 1]?.word !== 'and') return null;
  for (let j = i + 1; j <= i + 1 + DESCRIBING_REACH && j < tokens.length; j++) {
    const token = tokens[j]!;
    // "the civilian driver", "the police officer": person nouns in a row name one person
    if (EN_PERSONS.has(token.word)) {
      let next = j + 1;
      while (EN_PERSONS.has(tokens[next]?.word ?? '')) next++;
      return next;
    }
    if (BREAKS.has(token.word) || token.word === 'and' || isNumber(token)) return null;
  }
  return null;
}
