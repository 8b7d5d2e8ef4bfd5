// "بأن ضابطاً برتبة نقيب في الشرطة وأحد أفراد حمايته أصيبا": two people joined by "و" before a verb
// in the dual are the verb's two, however long the first one's description runs; the one joined last
// ("وأحد أفراد حمايته") is no count of its own.
import type { Token } from '../reading/tokens.js';
import { ONE_OF, THAT } from './casualty-words.js';

/** Words the two joined may run before the verb. */
const MAX_PAIR = 10;

/**
 * Where the subject told after "أن" opens with one person (a singular noun by `isOne`) and a second
 * one is joined to him by "و" ("وأحد …", or a singular noun) before the dual verb at `cue`: the
 * index of the first, or -1.
 */
export function pairBeforeDualVerb(
  tokens: readonly Token[],
  cue: number,
  isOne: (word: string) => boolean,
): number {
  for (let start = Math.max(1, cue - MAX_PAIR); start < cue - 1; start++) {
    if (!THAT.has(tokens[start - 1]!.word) || !isOne(tokens[start]!.word)) continue;
    const joined = tokens
      .slice(start + 1, cue)
      .some((t) => t.word.startsWith('و') && (ONE_OF.has(t.word.slice(1)) || isOne(t.word.slice(1))));
    return joined ? start : -1;
  }
  return -1;
}
