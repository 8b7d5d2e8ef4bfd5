// "مقتل 41 عنصراً من قوات النظام وما لا يقل عن 28 مقاتلاً من التنظيم": the other side's dead joined by
// "و" with a hedge of their own ("وما لا يقل عن", "وأكثر من", "ونحو"), one count with the first, as
// "و28 مقاتلاً من التنظيم" is.
import { AR_QUALIFIERS, FIGHTERS_COUNTED_AR, MIN } from './casualty-words.js';
import type { Numbers } from '../reading/count.js';
import { AND_AR, type Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';

/**
 * Armed men counted by their own noun ("28 مقاتلاً", "9 مسلحين"): a side of a fight, not a count of
 * the wounded or of things ("وأكثر من 20 جريحاً", "ونحو 30 آلية") joined after the dead.
 */
const ARMED_NOUNS = new Set([...FIGHTERS_COUNTED_AR, ...['عنصرا', 'عناصر'].map(normalizeForMatch)]);

/**
 * At `j`, "و" glued to the first word of a hedge, the hedge's other words, then a number counting a
 * side — by a partitive ("وأكثر من 20 من عناصر التنظيم") or by its fighters' noun ("وما لا يقل عن 28
 * مقاتلاً"): the index of that number, else null. The hedge may be quoted as the teller's words, the
 * quote parting "و" from it ('و"ما لا يقل عن 28" مقاتلاً'): "و" a word of its own, the hedge after it.
 */
export function hedgedSideCountAt(tokens: readonly Token[], numbers: Numbers, j: number): number | null {
  const word = tokens[j]?.word ?? '';
  if (!word.startsWith(AND_AR)) return null;
  const apart = word === AND_AR ? 1 : 0;
  const first = apart ? (tokens[j + 1]?.word ?? '') : word.slice(AND_AR.length);
  const hedge = AR_QUALIFIERS.find(
    ([head, ...rest]) => first === head && rest.every((w, k) => tokens[j + apart + 1 + k]?.word === w),
  );
  if (!hedge) return null;
  const at = j + apart + hedge.length;
  return sideCountedAt(tokens, numbers, at) ? at : null;
}

/** At `at`, a number counting a side: by a partitive ("20 من عناصر") or its fighters' noun ("28 مقاتلاً"). */
export function sideCountedAt(tokens: readonly Token[], numbers: Numbers, at: number): boolean {
  if (!numbers.has(tokens[at]?.start ?? -1)) return false;
  const noun = tokens[at + 1]?.word ?? '';
  return noun === MIN || ARMED_NOUNS.has(noun);
}
