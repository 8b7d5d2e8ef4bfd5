// "وفي ريف تل أبيض، قتل مختار قرية الحويجة": a village named like a district or a governorate
// elsewhere (Kirkuk's Hawija), told with the word for a village, beside a place of another governorate
// named outright.
import type { Chain } from './chains.js';
import { tokenAt } from './place-words.js';
import { isIn, isLatinArticleWord, type Token } from './tokens.js';

/** The word for a village, one or several, in matching form: "قرية", "قريتي", "قرى", "village of". */
const VILLAGE_WORDS = new Set(['قريه', 'قريتي', 'قري', 'village', 'villages']);

/**
 * Whether the mention at `start` follows one of `words`: "قرية X", or in English with "of" and the
 * article between ("the village of al-X").
 */
function afterWord(tokens: readonly Token[], start: number, words: ReadonlySet<string>): boolean {
  let at = tokenAt(tokens, start) - 1;
  if (tokens[at] && !tokens[at]!.arabic && isLatinArticleWord(tokens[at]!.norm)) at--;
  if (tokens[at]?.norm === 'of') at--;
  return isIn(words, tokens[at]);
}

/**
 * Whether every mention of `chain` is a district or governorate told as a village: a village is
 * never a district (a district is named after its seat, a town) nor a governorate, so the name is a
 * namesake; the place of another governorate the sentence names beside it is the event's.
 */
export function toldAsVillage(tokens: readonly Token[], chain: Chain): boolean {
  return (
    chain.entries.every((e) => e.kind === 'district' || e.kind === 'governorate') &&
    chain.mentions.every((m) => afterWord(tokens, m.start, VILLAGE_WORDS))
  );
}

/** The words for a town or a village, in matching form: "بلدة", "the town of", "village of". */
const SETTLEMENT_WORDS = new Set([...VILLAGE_WORDS, 'بلده', 'town']);

/**
 * Whether `chain` names only a governorate, told as a town or a village ("the town of al-Hama"): the
 * governorate's seat, or a namesake that a bearing told after it may place elsewhere (resolve.ts
 * `locatedBy`).
 */
export function governorateToldAsTown(tokens: readonly Token[], chain: Chain): boolean {
  return (
    chain.entries.every((e) => e.kind === 'governorate') &&
    chain.mentions.every((m) => afterWord(tokens, m.start, SETTLEMENT_WORDS))
  );
}
