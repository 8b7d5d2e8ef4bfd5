// "وكانت فصائل المعارضة أعلنت السبت الماضي فك الحصار…": the day of an announcement told as of before.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * A clause that opens in the pluperfect ("وكان", "وكانت", "قد" or not: copy leaves it out as often)
 * and tells of announcing, in Arabic: the announcement came before the news told, so the day it
 * gives ("أعلنت السبت الماضي") is when that earlier news was told, not when the event the clause
 * goes on with was.
 */
const PLUPERFECT_ANNOUNCED = new RegExp(
  `^["«“]?\\s*و?(?:${anyOf(['كان', 'كانت'])})\\s+(?:[^\\s،,.]+\\s+){1,5}?(?:${anyOf(['قد'])}\\s+)?(?:${anyOf(['أعلن', 'أعلنت', 'أعلنوا', 'أفاد', 'أفادت', 'ذكر', 'ذكرت', 'قال', 'قالت'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells in the pluperfect that someone announced something. */
export function announcedBefore(matchText: string): boolean {
  return PLUPERFECT_ANNOUNCED.test(matchText);
}
