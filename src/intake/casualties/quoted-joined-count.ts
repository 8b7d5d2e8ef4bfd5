// 'مقتل 11 مقاتلاً من القوات و"20 جهادياً على الأقل"': the other side's count quoted after "و".
import { AND_AR, type Token } from '../reading/tokens.js';
import type { Numbers } from '../reading/count.js';

/**
 * The number told right after the "و" at `at` with one mark between them — the quotation mark that
 * opens a monitor's words quoted as they were ('و"20 جهادياً'), where "و20" glues the number to
 * the conjunction: the count joined by "and" all the same. undefined where no number stands there.
 */
export function quotedAfterAnd(
  tokens: readonly Token[],
  numbers: Numbers,
  at: number,
): { value: { low: number; high: number }; end: number } | undefined {
  const and = tokens[at];
  const next = tokens[at + 1];
  if (and?.word !== AND_AR || !next || next.start !== and.end + 1) return undefined;
  return numbers.get(next.start);
}
