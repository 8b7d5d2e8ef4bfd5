// The count a later source gave, told after the earlier one it replaced, in the same sentence.
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * "وكان مصدر في الشرطة قد تحدث في البداية عن مقتل شرطيين، قبل أن يؤكد مصدر طبي مقتل أربعة", "Police
 * had at first said two were killed, before a hospital official confirmed four dead": after the
 * comma, "before" and a source's verb of telling open the count that replaced the earlier one — the
 * event's toll, not more of the earlier count to hold back. (So is a source that clarifies or
 * corrects: "قبل أن يوضح مصدر في الشرطة أن الانفجار أسفر عن مقتل ثلاثة"; not one that announces,
 * "قبل أن يعلن المشفى وفاة ثالث": often one more death, not the count replaced.)
 */
const BEFORE_TELLING = new RegExp(
  `[،,]\\s*(?:${f(['قبل أن'])})\\s+(?:${f(['يؤكد', 'تؤكد', 'يفيد', 'تفيد', 'يقول', 'تقول', 'يذكر', 'تذكر', 'يتحدث', 'تتحدث', 'يشير', 'تشير', 'يوثق', 'توثق', 'يحصي', 'تحصي', 'يوضح', 'توضح', 'يصحح', 'تصحح'])})(?!${L})|[,،]\\s*before\\s+(?:[\\p{L}'’-]+\\s+){1,6}?(?:confirmed|said|reported|put|gave|counted)(?!${L})`,
  'u',
);

/**
 * Where, in a clause telling an earlier count (matching form), the later source's count opens;
 * null where it tells none.
 */
export function laterTellerAt(clauseMatchText: string): number | null {
  const m = BEFORE_TELLING.exec(clauseMatchText);
  return m ? m.index + 1 : null;
}
