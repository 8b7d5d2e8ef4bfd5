// "SANA said the strikes killed a child and wounded three civilians, and made no mention of militia
// casualties": casualties a source is told not to have counted are no joint toll.
import { L } from '../reading/word-pattern.js';

/**
 * Before "casualties": "no mention of", "no (immediate) word on", "no reports of", "did not mention",
 * perhaps with whose (one or two words: "civilian", "militia", "any").
 */
const UNTOLD_BEFORE = new RegExp(
  `(?<!${L})(?:(?:no|any)\\s+(?:immediate\\s+)?(?:mention|word|reports?|information|figures?)\\s+(?:of|on)|(?:did\\s+not|didn't)\\s+(?:mention|report|give))\\s+(?:${L}+\\s+){0,2}$`,
  'u',
);

/**
 * Whether the joint casualty word at `index` of the clause (in matching form) is one told as not
 * counted ("made no mention of militia casualties", "there was no word on casualties"): it says
 * nothing of the killed and the wounded the clause counts beside it.
 */
export function untoldCasualties(text: string, index: number): boolean {
  return /^\s*casualties/u.test(text.slice(index)) && UNTOLD_BEFORE.test(text.slice(0, index));
}
