// "the bodies of 14 soldiers and nine wounded": a bare number before a casualty word counts that casualty.
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';
import { anyOf } from '../reading/word-pattern.js';

const CASUALTY_WORD_EN = /^(?:wounded|injured|hurt|dead|killed)$/;
/** "مصاباً", "جريحاً", "قتيلاً", "جرحى": a casualty noun after its number ("و٢٤ مصاباً"). */
const CASUALTY_WORD_AR = new RegExp(
  `^(?:${anyOf(['قتيل', 'قتلى', 'شهيد', 'شهداء', 'جريح', 'جرحى', 'مصاب'])})`,
  'u',
);

/**
 * A number joined by "and" with nothing after it but a casualty word ("14 soldiers and nine
 * wounded", "five soldiers and two dead"; "جثتي متظاهرين اثنين و٢٤ مصاباً", the bodies of two
 * protesters and 24 wounded) is that casualty's own count, not more of the ones before (as Arabic
 * "ثلاث جثث و41 جريحاً" is two counts): `at` is where the joined count begins ("و" with the digits
 * glued after it, in Arabic), `next` the index past it.
 */
export function ownCasualtyCount(
  tokens: readonly Token[],
  numbers: Numbers,
  at: number,
  next: number,
): boolean {
  const start = tokens[at]?.start ?? -1;
  const number = numbers.get(start) ?? numbers.get(start + 1);
  const last = tokens[next - 1];
  const word = tokens[next]?.word ?? '';
  return (
    !!number &&
    !!last &&
    last.end <= number.end &&
    (CASUALTY_WORD_EN.test(word) || CASUALTY_WORD_AR.test(word))
  );
}
