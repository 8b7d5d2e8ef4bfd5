// A deed a named doer had done in an earlier month, as witnesses had told it: one event, not a month's count.
import { L, anyOf } from '../reading/word-pattern.js';
import { DEED_VERBS } from './pluperfect-deed.js';

/** Verbs of telling (not of counting: "وثق", "أحصى" sum a month's dead). */
const TOLD = anyOf([
  'أفاد',
  'أفادت',
  'أفادوا',
  'ذكر',
  'ذكرت',
  'ذكروا',
  'قال',
  'قالت',
  'قالوا',
  'روى',
  'روت',
  'رووا',
  'أكد',
  'أكدت',
  'أكدوا',
]);

/**
 * "وكان سكان من القرية قد أفادوا بأن المسلحين أعدموا الشهر الماضي 30 من أبنائها", "وكانت مصادر قد ذكرت
 * أن التنظيم قتل في أيار نحو 20": the Arabic pluperfect frame for what happened before the news
 * ("وكان … قد") put on those who told it, then what they told: a doer named in words (no count) and
 * its deed's verb. As with the doer's own deed in that frame (pluperfect-deed.ts), one deed of that
 * month, however many died — a monitor's monthly tally is told by its counting verbs, not so.
 */
const PLUPERFECT_REPORTED_DEED = new RegExp(
  `^["«“]?\\s*(?:${anyOf(['وكان', 'وكانت', 'كان', 'كانت'])})\\s+(?:[^\\s\\d٠-٩،,.]+\\s+){1,4}?(?:${anyOf(['قد'])})\\s+(?:${TOLD})\\s+(?:${anyOf(['بأن', 'أن', 'إن'])})\\s+(?:[^\\s\\d٠-٩،,.]+\\s+){1,3}?(?:${DEED_VERBS})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells, in the pluperfect, the deed its tellers said a named doer had done. */
export function pluperfectReportedDeed(matchText: string): boolean {
  return PLUPERFECT_REPORTED_DEED.test(matchText);
}
