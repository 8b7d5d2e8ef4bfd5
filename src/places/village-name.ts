// "وفي ريف تل أبيض، قتل مختار قرية الحويجة": a village named like a district or a governorate
// elsewhere (Kirkuk's Hawija), told with the word for a village, beside a place of another governorate
// named outright.
import type { Chain } from './chains.js';
import { tokenAt } from './place-words.js';
import { isIn, isLatinArticleWord, type Token } from './tokens.js';

/** The word for a village, one or several, in matching form: "قرية", "قريتي", "قرى", "village of". */
const VILLAGE_WORDS = new Set(['قريه', 'قريتي', 'قري', 'village', 'villages']);

/**
 * Whether the mention at `start` follows the word for a village: "قرية X", or in English with "of"
 * and the article between ("the village of al-X").
 */
function afterVillageWord(tokens: readonly Token[], start: number): boolean {
  let at = tokenAt(tokens, start) - 1;
  if (tokens[at] && !tokens[at]!.arabic && isLatinArticleWord(tokens[at]!.norm)) at--;
  if (tokens[at]?.norm === 'of') at--;
  return isIn(VILLAGE_WORDS, tokens[at]);
}

/**
 * Whether every mention of `chain` is a district or governorate told as a village: a village is
 * never a district (a district is named after its seat, a town) nor a governorate, so the name is a
 * namesake; the place of another governorate the sentence names beside it is the event's.
 */
export function toldAsVillage(tokens: readonly Token[], chain: Chain): boolean {
  return (
    chain.entries.every((e) => e.kind === 'district' || e.kind === 'governorate') &&
    chain.mentions.every((m) => afterVillageWord(tokens, m.start))
  );
}
