// "أن راعي أغنام كان قريباً من موقع الهجوم أصيب": the one person after "أن", told by what he was doing.
import { arabicNounCount } from '../casualties/casualty-phrase.js';
import { THAT } from '../casualties/casualty-words.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';
import { namesThingOwned } from './that-one-of-trade.js';
import { normalizeForMatch } from '../../text/normalize.js';

const WAS = new Set(['كان', 'وكان', 'كانت', 'وكانت'].map(normalizeForMatch));
/** Words a "كان" clause may run between the person and the verb. */
const MAX_WAS_CLAUSE = 10;

/** Words that open where the one named is from or of: "من أهالي المنطقة", "في الفوج". */
const FROM = new Set(['من', 'في'].map(normalizeForMatch));
/** How many words that "من …" may run. */
const MAX_FROM = 3;

/**
 * "وأضاف أن راعي أغنام كان قريباً من موقع الهجوم أصيب هو الآخر" (a shepherd who was near the spot
 * was also wounded), "أن سائق شاحنة كان يمر على الطريق قتل": one person named in the singular after
 * "أن", alone or with the thing he is "of" ("أن سائق سيارة أجرة كان يمر في المكان أصيب":
 * that-one-of-trade.ts; or where he is from: "أن راعياً من أهالي المنطقة كان على مقربة من المكان
 * أصيب", naming no one else), then what he was doing in a "كان" clause however
 * long, then the singular verb at `cue`. Returns where the person is named, or -1.
 */
export function oneAfterThatWas(tokens: readonly Token[], numbers: Numbers, cue: number): number {
  for (let was = cue - 2; was >= Math.max(1, cue - MAX_WAS_CLAUSE); was--) {
    if (!WAS.has(tokens[was]!.word)) continue;
    for (let named = was - 1; named >= Math.max(1, was - 1 - MAX_FROM); named--) {
      const between = tokens.slice(named + 1, was).map((t) => t.word);
      const described =
        between.length === 0 ||
        namesThingOwned(tokens.slice(named + 1, was), numbers) ||
        (FROM.has(between[0]!) && between.length <= MAX_FROM);
      if (
        described &&
        THAT.has(tokens[named - 1]!.word) &&
        arabicNounCount(tokens[named]!.word) === 1 &&
        between.every((w) => arabicNounCount(w) === null)
      )
        return named;
    }
    return -1;
  }
  return -1;
}
