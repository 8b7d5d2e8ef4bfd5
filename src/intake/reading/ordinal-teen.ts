// "الثانية عشرة من العمر", "في الحادي عشر من الشهر": a teen ordinal, a rank or an age, no number.
import { normalizeForMatch } from '../../text/normalize.js';
import type { Token } from './tokens.js';

/** The definite ordinal units a teen ordinal begins with ("الثالثة عشرة", "الحادي عشر"), with "و" joined. */
const ORDINAL_UNITS = new Set(
  [
    'الحادي',
    'الحادية',
    'الثاني',
    'الثانية',
    'الثالث',
    'الثالثة',
    'الرابع',
    'الرابعة',
    'الخامس',
    'الخامسة',
    'السادس',
    'السادسة',
    'السابع',
    'السابعة',
    'الثامن',
    'الثامنة',
    'التاسع',
    'التاسعة',
  ].flatMap((w) => [w, `و${w}`].map(normalizeForMatch)),
);

/**
 * The token at `i` is the "عشر"/"عشرة" of a teen ordinal ("وهم في السابعة والثانية عشرة من العمر"):
 * the definite ordinal unit before it makes the pair "twelfth", an age or a rank, not the count ten.
 */
export function teenOfOrdinal(tokens: readonly Token[], i: number): boolean {
  return ORDINAL_UNITS.has(tokens[i - 1]?.word ?? '');
}
