// "SANA said the strikes killed a child and wounded three civilians, and made no mention of militia
// casualties": casualties a source is told not to have counted are no joint toll; nor are casualties
// told as none ("a patrol came under fire without suffering casualties").
import { L } from '../reading/word-pattern.js';
import { CUES } from '../events/event-cues.js';

/**
 * Before "casualties": "no mention of", "no (immediate) word on", "no reports of", "did not mention",
 * perhaps with whose (one or two words: "civilian", "militia", "any").
 */
const UNTOLD_BEFORE = new RegExp(
  `(?<!${L})(?:(?:no|any)\\s+(?:immediate\\s+)?(?:mention|word|reports?|information|figures?)\\s+(?:of|on)|(?:did\\s+not|didn't)\\s+(?:mention|report|give))\\s+(?:${L}+\\s+){0,2}$`,
  'u',
);

/**
 * Before "casualties": "without", "no", perhaps with a verb or a word of how they were told
 * ("without suffering", "without causing any", "no immediate", "no reported"): none were had.
 */
const NONE_BEFORE = new RegExp(
  `(?<!${L})(?:without(?:\\s+(?:suffering|sustaining|causing|inflicting|reporting|mentioning|any|immediate|reported))*|no(?:\\s+(?:immediate|reported|other))?)\\s+$`,
  'u',
);

/**
 * Whether the joint casualty word at `index` of the clause (in matching form) is one told as not
 * counted ("made no mention of militia casualties", "there was no word on casualties") or as none
 * ("without suffering casualties", "there were no casualties"): it says nothing of the killed and the
 * wounded the clause counts beside it.
 */
export function untoldCasualties(text: string, index: number): boolean {
  if (!/^\s*casualties/u.test(text.slice(index))) return false;
  const before = text.slice(0, index);
  return UNTOLD_BEFORE.test(before) || (NONE_BEFORE.test(before) && tollToldBefore(before));
}

/**
 * Casualties told as none say nothing of a toll told before them in the clause ("killed two
 * policemen, and a patrol came under fire without suffering casualties"); told first ("causing no
 * casualties, a week after an attack wounded two workers"), the count after is another event's.
 */
const tollToldBefore = (before: string): boolean =>
  before.search(CUES.killed) >= 0 || before.search(CUES.wounded) >= 0;
