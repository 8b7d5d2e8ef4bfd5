// A deed a named doer had done in an earlier month, told in the Arabic pluperfect: one event, not a month's count.
import { L, anyOf } from '../reading/word-pattern.js';

/** Verbs of a deed done by its doer (not of one who counted or reported deaths: "وثق", "أحصى", "أعلن"). */
export const DEED_VERBS = anyOf([
  'أعدم',
  'أعدمت',
  'أعدموا',
  'قتل',
  'قتلت',
  'قتلوا',
  'شن',
  'شنت',
  'شنوا',
  'نفذ',
  'نفذت',
  'نفذوا',
  'هاجم',
  'هاجمت',
  'هاجموا',
  'اغتال',
  'اغتالت',
  'ارتكب',
  'ارتكبت',
  'ارتكبوا',
]);

/**
 * "وكان التنظيم قد أعدم الشهر الماضي 40 من أهالي القرية", "وكانت القوات قد شنت حملة في نيسان
 * الماضي … قتل خلالها 12": Arabic copy's frame for what happened before the news ("وكان … قد"), its
 * subject a doer in words (no count: "وكان 40 مدنياً قد قتلوا" is the dead told passively, as a
 * month's count is), then the deed's verb. A doer telling what it did is one deed of that month,
 * however many died, not the month's tally of many blows a monitor sums (monthsToll, period-totals.ts).
 * Arabic only: an English "had killed 40 in June" is as often a side's claim over the month.
 */
const PLUPERFECT_DEED = new RegExp(
  `^["«“]?\\s*(?:${anyOf(['وكان', 'وكانت', 'كان', 'كانت'])})\\s+(?:[^\\s\\d٠-٩،,.]+\\s+){1,3}?(?:${anyOf(['قد'])})\\s+(?:${DEED_VERBS})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells, in the pluperfect, one deed its named doer had done. */
export function pluperfectDeed(matchText: string): boolean {
  return PLUPERFECT_DEED.test(matchText);
}
