// "أن راعي أغنام أصيب": the one person after "أن", named with the one word he is "of" (and where he is from).
import { arabicNounCount } from '../casualties/casualty-phrase.js';
import { THAT } from '../casualties/casualty-words.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';

/** Words the thing a person is "of" may run: "أغنام", "سيارة أجرة" (a taxi), "محل بقالة". */
const MAX_THING = 2;
/** The word that opens where a person is from: "من أهالي الناحية", "من سكان القرية". */
const FROM = normalizeForMatch('من');
/** How many words that "من …" may run. */
const MAX_FROM = 3;

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
 * Whether `words` say where a person is from ("من أهالي الناحية", "من سكان القرية"): "من" and a
 * word or two more, no one counted, no number. Said of one person, they add no one to him.
 */
function namesWhereFrom(words: readonly Token[], numbers: Numbers): boolean {
  return (
    words.length >= 2 &&
    words.length <= MAX_FROM &&
    words[0]!.word === FROM &&
    words.every((t) => !numbers.has(t.start) && arabicNounCount(t.word) === null)
  );
}

/**
 * "أفاد مصدر بأن راعي أغنام أصيب بجروح", "أن سائق شاحنة قتل", "أن صاحب متجر أصيب", "أن سائق سيارة
 * أجرة أصيب": one person named in the singular after "أن" in the construct state, with the thing he
 * is "of", right before the singular verb at `cue`, or with where he is from between ("أن راعي أغنام
 * من أهالي القرية قتل"). Returns where the person is named, or -1.
 */
export function oneOfTradeAfterThat(tokens: readonly Token[], numbers: Numbers, cue: number): number {
  for (let named = cue - 2; named >= Math.max(1, cue - 1 - MAX_THING - MAX_FROM); named--) {
    if (!THAT.has(tokens[named - 1]!.word) || arabicNounCount(tokens[named]!.word) !== 1) continue;
    for (let end = named + 2; end <= Math.min(cue, named + 1 + MAX_THING); end++) {
      if (
        namesThingOwned(tokens.slice(named + 1, end), numbers) &&
        (end === cue || namesWhereFrom(tokens.slice(end, cue), numbers))
      )
        return named;
    }
  }
  return -1;
}
