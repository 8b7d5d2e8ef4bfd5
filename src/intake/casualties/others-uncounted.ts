// "قتل ثلاثة أشخاص وأصيب آخرون، خلال مواجهات مسلحة": "others", with no number, counts no one.
import type { Token } from '../reading/tokens.js';
import { anyOf } from '../reading/word-pattern.js';

/** "آخرون", "آخرين", "أخريات": others, in the plural, their number not told. */
const OTHERS = new RegExp(`^[وف]?(?:${anyOf(['آخرون', 'آخرين', 'أخريات'])})$`, 'u');

/**
 * The verb's subject or object is "others" in the plural ("وأصيب آخرون", "وإصابة آخرين بجروح"):
 * the hurt are told by no number, so the search for a count after the verb stops at the word (past
 * it, "خلال مواجهات مسلحة" is no armed man, and the wounded stay untold, not one).
 */
export function othersUncountedAt(tokens: readonly Token[], at: number): boolean {
  return OTHERS.test(tokens[at]?.word ?? '');
}
