// "الذين ارتقوا في معارك الشيخ مقصود", "قتلوا في حي الشيخ": a killing verb in the plural ("وا") has
// its subject in it already (they), so a lone noun reached past "في" after it — a place's name that
// opens with a person's word ("الشيخ", "السيد"), or who the place is named after — is where they
// fell, not one more of the dead. A count told by a number stays read ("قتل في الغارة 7").
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';

const IN = new Set(['في', 'فى'].map(normalizeForMatch));

/** The verb's plural ending "وا" (matching form), as in "قتلوا", "استشهدوا", "ارتقوا". */
const PLURAL_VERB = /^[وف]?\p{L}{2,}وا$/u;

/**
 * The cue just before `after` is a verb in the plural, "في" stands among the words skipped from
 * `after` up to `at`, and the word at `at` is no number: the noun there is inside the place or fight
 * the plural subject fell in, no count of the dead.
 */
export function pluralVerbPastIn(
  tokens: readonly Token[],
  numbers: Numbers,
  after: number,
  at: number,
): boolean {
  if (at <= after || numbers.has(tokens[at]?.start ?? -1)) return false;
  if (!PLURAL_VERB.test(tokens[after - 1]?.word ?? '')) return false;
  return tokens.slice(after, at).some((t) => IN.has(t.word));
}
