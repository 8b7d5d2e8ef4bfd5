import { L, anyOf } from '../reading/word-pattern.js';

/**
 * The Arabic nouns for wounds, bare and after "ب" ("أصيب بجروح", "متأثراً بجراح"): what the wounded
 * are hurt with and the dead died of. Never "إصابة", which is also an infection's case.
 */
export const WOUND_NOUNS_AR = ['بجراح', 'بجروح', 'جراح', 'جروح'] as const;

/** How bad the wounds were: "بالغة", "خطيرة", "طفيفة" (the language's words for it). */
const SEVERITY_AR = ['بالغة', 'بليغة', 'خطيرة', 'طفيفة', 'متوسطة', 'متفاوتة', 'حرجة'];

/** "بجروح" or "بجراح" after a word, with how bad they were if told (a pattern in matching form). */
export const WOUNDS_TOLD_AR = `\\s+(?:${anyOf(['بجروح', 'بجراح'])})(?:\\s+(?:${anyOf(SEVERITY_AR)}))?(?!${L})`;

const WOUNDS_TOLD = new RegExp(`^${WOUNDS_TOLD_AR}`, 'u');

/**
 * What follows "إصابته" past the wounds it tells ("إصابته بجروح بالغة وإصابة سائقه"): the one
 * joined after them is still read as joined to him.
 */
export function pastWoundsTold(after: string): string {
  return after.replace(WOUNDS_TOLD, '');
}
