// "killing one and wounding the other": the other of two, told after "one", is one person.
import { EN_PERSONS } from './casualty-words.js';
import type { Token } from '../reading/tokens.js';

/** How far back the "one" the other is set against may stand ("killing one of them and wounding the other"). */
const ONE_REACH = 8;

/**
 * The index after "the other" at `at` (or "the other brother": its singular noun), where "one" came
 * a few words before ("killing one and wounding the other", as Arabic "مقتل أحدهما وإصابة الآخر"):
 * one person. null otherwise: "the other two" is counted by its number, "the other passengers" says
 * not how many. The word after may begin what is told next ("…, police said").
 */
export function theOtherOneAt(
  tokens: readonly Token[],
  at: number,
  isNumber: (t: Token) => boolean,
): number | null {
  if (tokens[at]?.word !== 'the' || tokens[at + 1]?.word !== 'other') return null;
  if (!tokens.slice(Math.max(0, at - ONE_REACH), at).some((t) => t.word === 'one')) return null;
  const next = tokens[at + 2];
  if (next && EN_PERSONS.has(next.word)) return at + 3;
  return next && (isNumber(next) || /s$/u.test(next.word)) ? null : at + 2;
}
