// "Fighting killed 19 soldiers and pro-regime militiamen and 26 rebels": the first side's dead
// counted with the force allied to it named after their noun (allied-force-named.ts), then "and" the
// other side's count — which the first count's phrase, ending inside the allies' name, never
// reaches. In a fight (the caller checks) that count is the other side's dead, its toll too, whatever
// noun names them ("rebels" are no attackers set apart: countsAttackers reads them as neither side).
import { countItem, pastQualifiers, type CountPhrase } from './casualty-phrase.js';
import { FORCE_NOUN } from './allied-force-named.js';
import { BREAKS } from './casualty-words.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';

/** How many words the allies' name may take after the first count's phrase ("pro regime militiamen"). */
const NAME_WORDS = 4;

/**
 * The count after `counted`'s phrase, past the words of a force ending on its noun ("militiamen",
 * "militia", "fighters") and "and" (no number or break word among them): the other side's dead
 * past the first side's allies; else null.
 */
export function otherSidePastAllies(
  tokens: readonly Token[],
  numbers: Numbers,
  counted: CountPhrase,
): CountPhrase | null {
  for (let at = counted.next; at < counted.next + NAME_WORDS; at++) {
    const word = tokens[at]?.word ?? '';
    if (word === 'and' || BREAKS.has(word) || numbers.has(tokens[at]?.start ?? -1)) return null;
    if (FORCE_NOUN.test(word) && tokens[at + 1]?.word === 'and') {
      const start = pastQualifiers(tokens, at + 2);
      if (!numbers.has(tokens[start]?.start ?? -1)) return null;
      const item = countItem(tokens, numbers, start, 'en', false);
      return item && { ...item, start };
    }
  }
  return null;
}
