// "أطلقا عليه عدة رصاصات أصابته في الرأس والصدر، ففارق الحياة قبل وصوله إلى المستشفى": the one the
// bullets hit is the one who then died, told of by the same pronoun — one dead, no wounded.
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * The verb of hitting with "him" as its object ("أصابته", "فأصابته"), then, in the same clause or
 * the one after a comma, his death told with "so" or "before" ("ففارق الحياة", "فتوفي على الفور",
 * "قبل أن يفارق الحياة"): the hit and the death of one man.
 */
const HIT_THEN_DIED = new RegExp(
  `(?<!${L})[فو]?(?:${f(['أصابته'])})(?!${L})[^.؛;]{0,80}?(?<!${L})(?:${f(['ففارق', 'فتوفي', 'فمات', 'فلفظ'])}|${f(['قبل أن'])}\\s+(?:${f(['يفارق', 'يتوفى', 'يلفظ'])}))(?!${L})`,
  'u',
);

/** The clause tells one man hit, then dead of it: the wound is his death's, not a wounded (hitThenDied). */
export function hitThenDied(matchText: string): boolean {
  return HIT_THEN_DIED.test(matchText);
}
