// "أن راعي أغنام أصيب": the one person after "أن", named with the one word he is "of".
import { arabicNounCount } from '../casualties/casualty-phrase.js';
import { THAT } from '../casualties/casualty-words.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';

/** Words the thing a person is "of" may run: "أغنام", "سيارة أجرة" (a taxi), "محل بقالة". */
const MAX_THING = 2;

/**
 * Whether `words` name the thing a person is "of" (his flock, his lorry, "سيارة أجرة" his taxi): one
 * or two words, no person, no number, no "و" that would join another.
 */
export function namesThingOwned(words: readonly Token[], numbers: Numbers): boolean {
  return (
    words.length >= 1 &&
    words.length <= MAX_THING &&
    words.every((t) => !t.word.startsWith('و') && !numbers.has(t.start) && arabicNounCount(t.word) === null)
  );
}

/**
 * "أفاد مصدر بأن راعي أغنام أصيب بجروح", "أن سائق شاحنة قتل", "أن صاحب متجر أصيب", "أن سائق سيارة
 * أجرة أصيب": one person named in the singular after "أن" in the construct state, with the thing he
 * is "of", right before the singular verb at `cue`. Returns where the person is named, or -1.
 */
export function oneOfTradeAfterThat(tokens: readonly Token[], numbers: Numbers, cue: number): number {
  for (let named = cue - 2; named >= Math.max(1, cue - 1 - MAX_THING); named--) {
    if (
      THAT.has(tokens[named - 1]!.word) &&
      arabicNounCount(tokens[named]!.word) === 1 &&
      namesThingOwned(tokens.slice(named + 1, cue), numbers)
    )
      return named;
  }
  return -1;
}
