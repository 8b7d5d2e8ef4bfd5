// "Fighting left 40 militants and six soldiers dead": countAt reads a count of armed men joined by
// "and" to one of the other side as one sum, and the armed words in it make the whole read as
// attackers. Where the cue's clause tells a fight (fight-toll.ts deadOfAFight), both sides' dead are
// its toll, no attackers set apart: the sum counts the killed. Only a sum whose first part counts
// armed men and whose part after "and" does not (two counts of armed men stay attackers).
import { countsAttackers, pastQualifiers, type CountPhrase } from './casualty-phrase.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';

/**
 * The phrase (a sum countAt read) joins, by "and", a first count of armed men and a second count of
 * men of another side ("six members of the pro-government forces", "nine soldiers").
 */
export function armedAndOtherSideInOneCount(
  tokens: readonly Token[],
  numbers: Numbers,
  phrase: CountPhrase,
): boolean {
  const start = phrase.start;
  if (start === undefined) return false;
  for (let and = start + 1; and < phrase.next - 1; and++) {
    if (tokens[and]!.word !== 'and') continue;
    const second = pastQualifiers(tokens, and + 1);
    if (!numbers.has(tokens[second]?.start ?? -1)) continue;
    const first: CountPhrase = { value: phrase.value, start, next: and };
    const other: CountPhrase = { value: phrase.value, start: second, next: phrase.next };
    return countsAttackers(tokens, first) && !countsAttackers(tokens, other);
  }
  return false;
}
