// "استقبل 11 مصاباً من المتظاهرين و9 من منتسبي القوات الأمنية أصيبوا بالحجارة": the wounded counted
// by their noun, then a second group joined by "و" whose verb tells its hurt: two parts of one toll.
import type { Token } from '../reading/tokens.js';
import type { NumberMention } from '../reading/types.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * Between the first count and the second: the noun for the wounded, the group it is "من", then "و"
 * (the "و" may be the second count's own clitic, "و9", or stand alone before a number word).
 */
const WOUNDED_THEN_AND = new RegExp(
  `^\\s+(?:${anyOf(['مصابا', 'مصابين', 'جريحا', 'جرحى'])})\\s+(?:${anyOf(['من'])})\\s+(?:${L}+\\s+){1,3}?[و]\\s*$`,
  'u',
);

/**
 * The count of the wounded named by their noun right before the verb's subject joined to it by "و"
 * (`start`: the offset in the matching text where the verb's subject count is written, its "و"
 * included), or null. The verb's count alone would lose the first group, the larger one as often.
 */
export function woundedCountedBefore(
  text: string,
  tokens: readonly Token[],
  numbers: readonly NumberMention[],
  start: number,
): number | null {
  const at = tokens.findIndex((t) => t.start >= start);
  const word = tokens[at]?.word ?? '';
  const cut = word.startsWith('و') ? (tokens[at]?.start ?? start) + 1 : start;
  for (const n of numbers) {
    if (n.end > start) break;
    if (WOUNDED_THEN_AND.test(text.slice(n.end, cut))) return n.value;
  }
  return null;
}
