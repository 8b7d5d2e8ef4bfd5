// "In addition to" one person who was hit: one more casualty, named by the noun alone.
import type { Token } from '../reading/tokens.js';
import { anyOf } from '../reading/word-pattern.js';

const IN_ADDITION = new RegExp(
  `^(?:${anyOf(['إضافة', 'بالإضافة', 'اضافة', 'بالاضافة', 'فضلا', 'علاوة'])})$`,
  'u',
);
const TO = new RegExp(`^(?:${anyOf(['إلى', 'الى', 'عن', 'على'])})$`, 'u');

/**
 * The noun at `at` follows "in addition to" ("إضافة إلى مدني أصيب بجروح", "فضلاً عن طفل قتل"): a
 * person the verb after it tells of, one more beside those counted before (as after "أن").
 */
export function addedPerson(tokens: readonly Token[], at: number): boolean {
  return TO.test(tokens[at - 1]?.word ?? '') && IN_ADDITION.test(tokens[at - 2]?.word ?? '');
}
