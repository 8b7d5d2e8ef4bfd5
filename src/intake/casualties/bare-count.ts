// "…killing six and wounding four, police and a local leader said": a count ends at its comma.
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';
import type { CountPhrase } from './casualty-phrase.js';

/**
 * A casualty verb's object that is a number alone, set off by a comma ("wounding four, police said",
 * "killing 12, a hospital source said"): the count is that number; what follows the comma is the
 * next clause (its teller, "police and a local leader", who were never among the hurt), not more
 * people joined to it. Returns the phrase cut at the number, or the phrase as read.
 */
export function bareCountBeforeComma(
  text: string,
  tokens: readonly Token[],
  numbers: Numbers,
  phrase: CountPhrase,
): CountPhrase {
  const at = phrase.start;
  const number = at === undefined ? undefined : numbers.get(tokens[at]?.start ?? -1);
  if (at === undefined || !number) return phrase;
  let next = at + 1;
  while (tokens[next] && tokens[next]!.end <= number.end) next++;
  if (next >= phrase.next || !tokens[next]) return phrase;
  return text.slice(number.end, tokens[next]!.start).includes(',')
    ? { ...phrase, value: number.value, next }
    : phrase;
}
