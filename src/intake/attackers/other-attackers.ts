// "A senior IS official and two other militants": "other" makes the first one of the militants.
import { sumCounts, toCount, type Count } from '../reading/count.js';
import type { CountPhrase } from '../casualties/casualty-phrase.js';
import type { Token } from '../reading/tokens.js';
import { anyOf } from '../reading/word-pattern.js';

const REACH = 3;
const OTHER = new RegExp(`^(?:other|another|${anyOf(['آخرين', 'آخرون', 'آخران', 'الآخرين'])})$`, 'u');

/**
 * The attackers joined after a first count are called "other" ones ("killed a senior Islamic State
 * official and two other militants", "and another militant", "مقتل قيادي وثلاثة من المهاجمين
 * الآخرين"): the first count is of the same armed men, not a victim. Returns every one of them as attackers killed, or null
 * where the word "other" is not there.
 */
export function othersAlike(tokens: readonly Token[], first: CountPhrase, joined: CountPhrase): Count | null {
  const from = joined.start ?? joined.next;
  // the word may follow whose they were: "ثلاثة من المهاجمين الآخرين"
  const words = tokens.slice(from, joined.next + REACH);
  if (!words.some((t) => OTHER.test(t.word))) return null;
  return sumCounts([toCount(first.value), toCount(joined.value)]);
}
