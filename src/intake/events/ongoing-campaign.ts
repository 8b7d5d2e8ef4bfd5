// A campaign told as going on, the background of the news, not an event of its own.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "Iraqi forces are fighting for the western half of Mosul", "troops are trying to retake the town",
 * "وتخوض القوات معارك لاستعادة المدينة": a fight told in the present, as it goes on.
 */
const GOING_ON = new RegExp(
  `(?<!${L})(?:are|is) (?:still )?(?:fighting|battling|trying to (?:retake|recapture|reach|capture|take|clear|drive))(?!${L})|^\\W*(?:${anyOf(['تخوض', 'وتخوض', 'يخوض', 'ويخوض'])})(?!${L})`,
  'u',
);

/**
 * A clause (in matching form) that tells a campaign going on, with no casualties and no day of its
 * own: the setting of the news ("…, about 400 km north of the capital"), not another event.
 */
export function toldAsOngoing(text: string, hasCasualties: boolean, dated: boolean): boolean {
  return !hasCasualties && !dated && GOING_ON.test(text);
}
