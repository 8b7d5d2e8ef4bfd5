// A deal the sides agreed to: a surrender or a truce, no violent event of its own.
import { AR_PREFIX } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "Rebels agreed on Sunday to hand over their heavy weapons", "fighters agreed to a ceasefire",
 * "وافقت الفصائل على تسليم سلاحها الثقيل", "توصل الطرفان إلى اتفاق لوقف إطلاق النار": the sides agreed
 * to lay down arms, leave, or stop fighting — ACLED's agreement, no blow; the offensive that forced it
 * is told (and drafted) where the text tells its fighting.
 */
const DEAL = new RegExp(
  `(?<!${L})(?:agreed|agree|agreeing)\\s+(?:(?:on|late|early)\\s+)?(?:(?:on|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s+){0,2}?(?:to\\s+(?:hand\\s+over|surrender|give\\s+up|lay\\s+down|withdraw|evacuate|leave|cede|a\\s+(?:ceasefire|truce|deal))|on\\s+a\\s+(?:ceasefire|truce|deal))(?!${L})|(?<!${L})${AR_PREFIX}(?:${anyOf(['وافقت', 'وافق', 'وافقوا'])})\\s+(?:[^\\s،,.]+\\s+){0,3}?(?:${anyOf(['على تسليم', 'على الخروج', 'على إخلاء', 'على وقف إطلاق النار', 'على اتفاق', 'على هدنة'])})(?!${L})|(?<!${L})${AR_PREFIX}(?:${anyOf(['توصل', 'توصلت', 'توصلوا', 'التوصل'])})\\s+(?:[^\\s،,.]+\\s+){0,3}?(?:${anyOf(['إلى اتفاق', 'لاتفاق', 'إلى هدنة'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells the sides agreeing to a surrender or a truce. */
export function tellsDealAgreed(matchText: string): boolean {
  return DEAL.test(matchText);
}
