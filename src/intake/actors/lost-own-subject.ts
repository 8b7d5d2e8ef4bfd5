// "فيما خسرت "الجبهة الوطنية للتحرير" ستة من مقاتليها", "فقدت فصائل المعارضة تسعة من عناصرها": the
// force a losing verb has as its subject, its own men counted after it, is the side that was hit —
// its dead are its own, so it is a target of the fight, not the one who struck.
import { L, anyOf } from '../reading/word-pattern.js';

/** The losing verb right before the name, a quote between at most (matching form). */
const LOST_BEFORE = new RegExp(
  `(?<!${L})[وف]?(?:${anyOf(['خسر', 'خسرت', 'خسروا', 'فقد', 'فقدت', 'فقدوا'])})\\s*["«“]?\\s*$`,
  'u',
);
/** A count of its own men after the name: "ستة من مقاتليها", "9 من عناصره" (matching form). */
const OWN_MEN_AFTER = new RegExp(
  `^\\s*["»”]?\\s*[^\\s،,.]+(?:\\s+${anyOf(['عشر', 'عشرة'])})?\\s+${anyOf(['من'])}\\s+(?:${anyOf(['مقاتليها', 'مقاتليه', 'مقاتليهم', 'عناصرها', 'عناصره', 'عناصرهم', 'أفرادها', 'أفراده', 'جنودها', 'جنوده'])})(?!${L})`,
  'u',
);

/** The force named at [start, end) of the clause (matching form) lost its own men, counted after it. */
export function lostOwnMenAt(text: string, start: number, end: number): boolean {
  return (
    LOST_BEFORE.test(text.slice(Math.max(0, start - 16), start)) &&
    OWN_MEN_AFTER.test(text.slice(end, end + 48))
  );
}
