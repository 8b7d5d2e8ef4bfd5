// "on the Syrian side of the al-Qaim crossing": a border place told by the other country's side of it.
import type { Country } from './types.js';
import { isIn, type Token } from './tokens.js';

/** The adjectives of each country, in matching form, as a side of a border place is told by them. */
const SIDE_OF: Record<Country, ReadonlySet<string>> = {
  IQ: new Set(['iraqi', 'العراقي']),
  SY: new Set(['syrian', 'السوري']),
};
/** The word for a side, in matching form: "the Syrian side of", "الجانب السوري من". */
const SIDE_WORDS = new Set(['side', 'الجانب', 'جانب']);
/** What may stand between the side and the name: "side of the", "من معبر", "of the border crossing at". */
const MAX_BETWEEN = 4;

/**
 * Whether the name at token `at`, of a place in `country`, is told as the other country's side of it
 * ("a strike on the Syrian side of the al-Qaim border crossing", "قصف على الجانب العراقي من معبر
 * البوكمال"): a crossing or a border town has a twin across the line, and the event lay in the
 * country the side names, not in the named place's governorate.
 */
export function toldOnOtherSide(tokens: readonly Token[], at: number, country: Country): boolean {
  const other = country === 'IQ' ? SIDE_OF.SY : SIDE_OF.IQ;
  for (let j = at - 1; j >= Math.max(1, at - 1 - MAX_BETWEEN); j--) {
    const [first, second] = [tokens[j - 1], tokens[j]];
    // "Syrian side" in English, "الجانب السوري" in Arabic
    if ((isIn(other, first) && isIn(SIDE_WORDS, second)) || (isIn(SIDE_WORDS, first) && isIn(other, second)))
      return true;
  }
  return false;
}
