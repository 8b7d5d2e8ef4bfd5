// "قال المرصد إن 12 عنصراً من النظام و7 من مقاتلي المعارضة قتلوا في المعارك": each side's dead
// counted by a partitive of its own, the two joined by "و", then one passive verb of dying for both
// in a clause that names a fight — the fight's toll is the two counts together, not the one nearest
// the verb (the verb's count is looked for only a few words back, and stops at the second side).
import { countAt, type CountPhrase } from './casualty-phrase.js';
import { countOfSide, namesFightAr } from './side-after-side.js';
import type { Numbers } from '../reading/count.js';
import { AND_AR, type Token } from '../reading/tokens.js';

/** How many words the first side's name may take after "من" ("من مقاتلي وحدات حماية الشعب"). */
const SIDE_REACH = 5;

/**
 * The count of both sides (countAt reads "12 عنصراً من النظام و7 من مقاتلي المعارضة" as one) that
 * the verb's subject `phrase` closes, "و" joining it to the first side's, both told of a side by
 * "من", the verb (ending at `cueEnd`, an offset in `text`) after them both, and the clause naming a
 * fight; else null.
 */
export function sidesCountedBeforeVerb(
  text: string,
  tokens: readonly Token[],
  numbers: Numbers,
  phrase: CountPhrase,
  cueEnd: number,
): CountPhrase | null {
  const start = phrase.start;
  if (start === undefined || start < 3 || tokens[start - 1]?.word !== AND_AR) return null;
  if ((tokens[phrase.next - 1]?.end ?? cueEnd) >= cueEnd) return null;
  if (!countOfSide(tokens, phrase.next)) return null;
  if (!namesFightAr(tokens)) return null;
  for (let at = start - 3; at >= Math.max(0, start - 3 - SIDE_REACH); at--) {
    if (!numbers.has(tokens[at]!.start)) continue;
    const both = countAt(tokens, numbers, at, 'ar');
    // (the first side's name runs from its partitive to the "و", no other count or stop between)
    if (!both || both.next !== phrase.next || !countOfSide(tokens, at + 1)) return null;
    if (tokens.slice(at + 1, start - 1).some((t) => numbers.has(t.start))) return null;
    if (/[،,.:؛;]/u.test(text.slice(tokens[at]!.end, tokens[start]!.start))) return null;
    return { ...both, start: at };
  }
  return null;
}
