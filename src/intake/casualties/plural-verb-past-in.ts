// "الذين ارتقوا في معارك الشيخ مقصود", "استشهدوا في حي الشيخ": a verb of dying in the plural ("وا"),
// which takes no object, has its subject in it already (they), so a lone noun reached past "في"
// after it — a place's name that opens with a person's word ("الشيخ", "السيد"), or who the place is
// named after — is where they fell, not one more of the dead. A count told by a number stays read ("قتل في الغارة 7").
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';

const IN = new Set(['في', 'فى'].map(normalizeForMatch));

/**
 * Verbs that take no object, in the plural (matching form, "و"/"ف" glued on allowed): "استشهدوا",
 * "ارتقوا", "سقطوا". Not "قتلوا", "اغتالوا": active, "they killed", whose object may come after a day
 * told with "في" ("قتلوا في أول أيام العيد راعي أغنام").
 */
const PLURAL_INTRANSITIVE = new Set(
  ['استشهدوا', 'ارتقوا', 'سقطوا', 'قضوا', 'توفوا']
    .flatMap((w) => [w, `و${w}`, `ف${w}`])
    .map(normalizeForMatch),
);

/**
 * The cue just before `after` is such a verb in the plural (PLURAL_INTRANSITIVE), "في" stands
 * among the words skipped from `after` up to `at`, and the word at `at` is no number: the noun there is inside the place or fight
 * the plural subject fell in, no count of the dead.
 */
export function pluralVerbPastIn(
  tokens: readonly Token[],
  numbers: Numbers,
  after: number,
  at: number,
): boolean {
  if (at <= after || numbers.has(tokens[at]?.start ?? -1)) return false;
  if (!PLURAL_INTRANSITIVE.has(tokens[after - 1]?.word ?? '')) return false;
  return tokens.slice(after, at).some((t) => IN.has(t.word));
}
