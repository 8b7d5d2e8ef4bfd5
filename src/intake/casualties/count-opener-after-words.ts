// "وقتل في الغارة ما بين 7 و9 أشخاص", "وأصيب في القصف أكثر من 100 شخص": the words that open a count,
// after words told between the verb and it.
import { normalizeForMatch } from '../../text/normalize.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';
import { pastArabicQualifier } from './casualties-ar.js';

const f = normalizeForMatch;
const WHAT = f('ما');
const BETWEEN = f('بين');

/**
 * The token of a range's first number where "ما بين" or "بين" at `at` opens it ("ما بين 7 و9",
 * "بين سبعة وتسعة": the range is read under its first number); `at` unchanged otherwise (nor where no
 * range follows: "بين القتلى" is no count of its own).
 */
function pastRangeOpener(tokens: readonly Token[], numbers: Numbers, at: number): number {
  const between = tokens[at]?.word === WHAT ? at + 1 : at;
  if (tokens[between]?.word !== BETWEEN) return at;
  const first = numbers.get(tokens[between + 1]?.start ?? -1)?.value;
  return first && first.low < first.high ? between + 1 : at;
}

/**
 * A verb's count may stand a few words past the verb ("قتل في الغارة …", "أصيب في القصف …"). The
 * words that open the count — a range's "ما بين", a qualifier of several words ("أكثر من", "ما لا
 * يقل عن") — are part of it, not more words between: past them, the count is read as one told right
 * after the verb is (where the qualifier is read already: casualties.ts's `forward`).
 */
export function pastCountOpener(tokens: readonly Token[], numbers: Numbers, at: number): number {
  const range = pastRangeOpener(tokens, numbers, at);
  return range !== at ? range : pastArabicQualifier(tokens, at);
}
