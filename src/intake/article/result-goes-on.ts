// "…، وأسفر حينها عن مقتل ١٤": the toll of the event the clause before told, no clause of its own.
import { normalizeForMatch } from '../../text/normalize.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** "and it resulted (then) in", "and it took the lives of": a verb of result with no subject of its own. */
const RESULT_GOES_ON = new RegExp(
  `^["«“]?\\s*(?:${anyOf(['وأسفر', 'وأسفرت', 'وأدى', 'وأدت', 'وأودى', 'وأودت'])})\\s+(?:(?:${anyOf(['حينها', 'حينذاك', 'آنذاك', 'يومها', 'وقتها'])})\\s+)?(?:${anyOf(['عن', 'إلى', 'بحياة'])})(?!${L})`,
  'u',
);

/**
 * "ويأتي الهجوم بعد أشهر من قصف مماثل … في أيلول من العام الماضي …، وأسفر حينها عن مقتل ١٤ شخصاً":
 * after a comma, "and resulted (then) in" with no subject goes on with the event the clause before
 * told (here an earlier one, dated and placed there): its toll, read with it, not a clause that adds
 * to whatever event came before the sentence.
 */
export function goesOnWithResult(previous: string, part: string): boolean {
  return RESULT_GOES_ON.test(normalizeForMatch(part)) && !RETOLD.test(normalizeForMatch(previous));
}

/**
 * "وكان التفجير قد وقع صباح أمس …، وأسفر عن مقتل سبعة": the event told, retold by its definite name in
 * the pluperfect; its result clause stays apart (the count it had before a rise, read on its own).
 */
const RETOLD = new RegExp(`^["«“]?\\s*(?:${anyOf(['وكان', 'وكانت', 'كان', 'كانت'])})\\s+ال`, 'u');
