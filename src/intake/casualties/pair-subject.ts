// "جندي قتل وأصيب اثنان آخران": a verb pair whose first verb has its own subject is two counts.
import { arabicPassive } from './casualties-ar.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';

const f = normalizeForMatch;
/** The pair opening with the singular passive "قتل" ("قتل وأصيب", "قتل وجرح"), with its proclitic. */
const KILLED_VERB_FIRST = new RegExp(`^\\s*[وف]?${f('قتل')}\\s`, 'u');

/**
 * "قتل وأصيب خمسة" gives one count for the killed and the wounded together; but where the one killed
 * is named before the verb ("إن جندياً قتل وأصيب اثنان آخران": a soldier was killed and two others
 * wounded), the verb pair is two clauses, and each verb has its own count.
 */
export function pairSplitBySubject(
  tokens: readonly Token[],
  numbers: Numbers,
  pair: { index: number; 0: string },
): boolean {
  if (!KILLED_VERB_FIRST.test(pair[0])) return false;
  const start = pair.index + (pair[0].length - pair[0].trimStart().length);
  const verb = tokens.findIndex((t) => t.end > start);
  return verb > 0 && arabicPassive(tokens, numbers, verb, pair[0]) !== null;
}
