// "قتل مواطنان وأصيب آخران بجراح": "others" in the dual is a count of two.
import type { Token } from '../reading/tokens.js';
import { anyOf } from '../reading/word-pattern.js';

/**
 * "آخران", "أخريان": others in the nominative dual, the verb's subject with no number beside it.
 * (The accusative "آخرين" is left alone: it is also the plural, "others" told by no number.)
 */
const OTHERS_TWO = new RegExp(`^[وف]?(?:${anyOf(['آخران', 'أخريان'])})$`, 'u');

/**
 * The verb's subject is "others" in the dual ("وأصيب آخران بجراح"): two more hurt, the dual ending
 * their number as "مواطنان" is for the first verb's subject.
 */
export function othersTwoAt(tokens: readonly Token[], at: number): boolean {
  return OTHERS_TWO.test(tokens[at]?.word ?? '');
}
