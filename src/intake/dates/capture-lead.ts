// "دخل الجيش أمس الخميس البلدة بعد أسابيع من الحصار", "Rebels captured the town on Thursday": the
// taking of a place is the deed of a lead as a blow or a raid is; the tolls of the fight told after
// it with no day of their own ("وقال مصدر إن العملية أسفرت عن مقتل 40 مسلحاً") are of that day.
import { ar, en } from '../events/cue-pattern.js';

/**
 * "أعلنت القوات استعادة السيطرة على المدينة", "أعلن الجيش بسط السيطرة على البلدة": the taking told
 * as a verbal noun, the object of an announcement (announced-capture.ts).
 */
export const CAPTURE_NOUNS: readonly string[] = [
  'استعادة السيطرة',
  'إحكام السيطرة',
  'بسط السيطرة',
  'السيطرة على',
];

const CAPTURE = new RegExp(
  `${ar(['دخل', 'دخلت', 'دخلوا', 'سيطر', 'سيطرت', 'سيطروا', 'استعاد', 'استعادت', 'استعادوا', 'حرر', 'حررت', 'حرروا', ...CAPTURE_NOUNS])}|${en(['captured', 'seized', 'recaptured', 'retook', 'overran', 'took control', 'took over', 'entered'])}`,
  'u',
);

/** Whether a lead sentence tells the taking of a place. */
export function tellsCapture(sentenceMatchText: string): boolean {
  return CAPTURE.test(sentenceMatchText);
}
