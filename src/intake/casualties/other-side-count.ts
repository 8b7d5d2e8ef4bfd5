// "8 عناصر من قوات النظام والمسلحين الموالين لها، و6 مقاتلين من الفصائل": the dead of each side, one count.
import { MIN } from './casualty-words.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';

/** How many words the first side's name may take after "من" ("قوات النظام والمسلحين الموالين لها"). */
const SIDE_REACH = 6;
const AND = normalizeForMatch('و');
/**
 * Armed men counted by their own noun, with no partitive ("و31 جهادياً", "و9 مسلحين", "و12
 * إرهابياً"): a side of the fight named by what its fighters are, not by whose they were.
 */
const ARMED_NOUNS = new Set(
  [
    'جهاديا',
    'جهاديين',
    'جهادي',
    'مسلحا',
    'مسلحين',
    'مسلح',
    'إرهابيا',
    'إرهابيين',
    'إرهابي',
    'مقاتلا',
    'مقاتلين',
    'مقاتل',
  ].map(normalizeForMatch),
);
/** Words that tell where or how the counted fell: what follows is no longer the first side's name. */
const CIRCUMSTANCE = new Set(
  ['في', 'على', 'جراء', 'خلال', 'إثر', 'اثر', 'بعد', 'قرب', 'عند'].map(normalizeForMatch),
);

/**
 * From the partitive "من" at `i` (a count's noun followed by whose they were), the index of "و" and
 * a number that counts a second group the same way, "N من …" or "N مقاتلين من …" ("و6 مقاتلين من
 * الفصائل", "و14 من مقاتلي الفصائل"), however long the first group's name runs: the two sides' dead of
 * one fight are one count, as a number joined right after a short name is. null where another number
 * or a word of where and how the first ones fell comes first, or where the second count is told
 * neither as a partitive of its own nor as armed men by their noun ("و31 جهادياً").
 */
export function otherSideCountAt(tokens: readonly Token[], numbers: Numbers, i: number): number | null {
  if (tokens[i]?.word !== MIN) return null;
  for (let j = i + 2; j <= i + SIDE_REACH + 1 && j < tokens.length; j++) {
    const token = tokens[j]!;
    if (CIRCUMSTANCE.has(token.word)) return null;
    // "و3" is "و" and the digits, two tokens
    const joined = token.word === AND && numbers.has(tokens[j + 1]?.start ?? -1);
    if (!joined && numbers.has(token.start)) return null;
    if (!joined) continue;
    const partitive = tokens[j + 2]?.word === MIN || tokens[j + 3]?.word === MIN;
    return partitive || ARMED_NOUNS.has(tokens[j + 2]?.word ?? '') ? j : null;
  }
  return null;
}
