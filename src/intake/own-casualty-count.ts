// "the bodies of 14 soldiers and nine wounded": a bare number before a casualty word counts that casualty.
import type { Numbers } from './count.js';
import type { Token } from './tokens.js';

const CASUALTY_WORD_EN = /^(?:wounded|injured|hurt|dead|killed)$/;

/**
 * A number joined by "and" with nothing after it but a casualty word ("14 soldiers and nine
 * wounded", "five soldiers and two dead") is that casualty's own count, not more of the ones before
 * (as Arabic "ثلاث جثث و41 جريحاً" is two counts): `at` is where the joined count begins, `next`
 * the index past it.
 */
export function ownCasualtyCount(
  tokens: readonly Token[],
  numbers: Numbers,
  at: number,
  next: number,
): boolean {
  const number = numbers.get(tokens[at]?.start ?? -1);
  const last = tokens[next - 1];
  return !!number && !!last && last.end <= number.end && CASUALTY_WORD_EN.test(tokens[next]?.word ?? '');
}
