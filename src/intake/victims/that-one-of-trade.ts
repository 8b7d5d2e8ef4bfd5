// "أن راعي أغنام أصيب": the one person after "أن", named with the one word he is "of".
import { arabicNounCount } from '../casualties/casualty-phrase.js';
import { THAT } from '../casualties/casualty-words.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';

/**
 * "أفاد مصدر بأن راعي أغنام أصيب بجروح", "أن سائق شاحنة قتل", "أن صاحب متجر أصيب": one person named
 * in the singular after "أن" in the construct state, with the one word he is "of" (his flock, his
 * lorry, his shop: no person, no number, no "و" that would join another), right before the singular
 * verb at `cue`. Returns where the person is named, or -1.
 */
export function oneOfTradeAfterThat(tokens: readonly Token[], numbers: Numbers, cue: number): number {
  const named = cue - 2;
  const of = tokens[cue - 1];
  if (named < 1 || !of || !THAT.has(tokens[named - 1]!.word)) return -1;
  const ownsThing = !of.word.startsWith('و') && !numbers.has(of.start) && arabicNounCount(of.word) === null;
  return ownsThing && arabicNounCount(tokens[named]!.word) === 1 ? named : -1;
}
