// "5 عناصر من قوات النظام والمسلحين الموالين لها، قتلوا": a roundup item's opening count is its verb's.
import { countAt, type CountPhrase } from './casualty-phrase.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';

/** Words a count's description may run before the item's verb. */
const MAX_HEAD = 12;

/**
 * "5 عناصر من قوات النظام والمسلحين الموالين لها، قتلوا وأصيب 3 آخرون", "4 مقاتلين من الفصائل
 * المعارضة العاملة في ريف حلب، قضوا": an observatory's item opens with how many and who they were,
 * then the plural passive verb at `cue`, whatever the length of the description between (no other
 * number in it): the count at the head of the clause is the verb's.
 */
export function countAtItemHead(
  tokens: readonly Token[],
  numbers: Numbers,
  cue: number,
  dual = false,
): CountPhrase | null {
  if (cue > MAX_HEAD || !tokens[0]) return null;
  // ("راعي أغنام وابنه البالغ من العمر 14 عاماً، قضيا": two persons named, no number, before a verb
  // in the dual, which says they are its two)
  const counted = numbers.has(tokens[0].start);
  if (!counted && !dual) return null;
  const phrase = countAt(tokens, numbers, 0, 'ar');
  if (!phrase || phrase.next > cue || (!counted && phrase.value.low !== 2)) return null;
  if (tokens.slice(phrase.next, cue).some((t) => numbers.has(t.start))) return null;
  return { ...phrase, start: 0 };
}
