// "…east of Raqqa, days after the fall of Baghouz": a place named for another event the sentence dates by.
import { normalizeForMatch } from '../text/normalize.js';
import { isIn, type Token } from './tokens.js';

/** Spans of time one event is told after another by ("days after", "بعد أيام من"), in matching form. */
const INTERVALS = new Set(
  [
    'days',
    'hours',
    'weeks',
    'months',
    'day',
    'week',
    'month',
    'أيام',
    'ساعات',
    'أسابيع',
    'أشهر',
    'يوم',
    'يومين',
    'أسبوع',
    'أسبوعين',
    'شهر',
  ].map(normalizeForMatch),
);
const AFTER = new Set(['after', 'بعد']);
/** "بعد أن" ("after they had…"): a deed of its own the sentence tells before its event, in matching form. */
const THAT = normalizeForMatch('أن');

/**
 * Whether token `at` follows "(N) days after", "a week after", "بعد أيام من" told from token `from` on: the event there is another one the sentence dates its own by ("killed
 * three militants east of Raqqa, days after the fall of Baghouz"), so its place is not this one's.
 * ("shortly after noon" tells an hour, not another event.) So does "بعد أن" and its verb ("استهدفت عجلة
 * تقل عناصر قرب أبو غريب، بعد أن أطلقوا الصاروخ على القاعدة": where they had fired from or at, before).
 */
export function toldAfterAnother(tokens: readonly Token[], from: number, at: number): boolean {
  for (let j = Math.max(1, from); j < at; j++) {
    const english = AFTER.has(tokens[j]!.norm) && isIn(INTERVALS, tokens[j - 1]);
    const arabic =
      tokens[j]!.norm === 'بعد' && (isIn(INTERVALS, tokens[j + 1]) || tokens[j + 1]?.norm === THAT);
    if (english || arabic) return true;
  }
  return false;
}
