// "…مقتل 22 من الفصيل و14 من الهيئة، في حين تحدثت مصادر أخرى عن مقتل أكثر من 50 من الطرفين": dead
// counted "of both sides" are a whole toll of the fight (another teller's, or the same told again),
// never the other side's share of it to be added to the dead told before (fight-sides.ts). Only the
// dead so counted: "إضافة إلى إصابة العشرات من الطرفين" tells the wounded of both sides, and the
// other side's dead told before it in the clause are still a share.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * A killing word, a count of a few words ("أكثر من 50 عنصراً"), then "من الطرفين", "من كلا الجانبين"
 * (matching form).
 */
const DEAD_OF_BOTH_SIDES = new RegExp(
  `(?<!${L})[وف]?(?:${anyOf(['مقتل', 'قتل', 'قتلى', 'سقوط', 'بمقتل'])})\\s+(?:[^\\s،,.؛]+\\s+){1,4}?${anyOf(['من'])}\\s+(?:${anyOf(['كلا'])}\\s+)?(?:${anyOf(['الطرفين', 'الجانبين', 'الفريقين'])})(?!${L})`,
  'u',
);

/** The clause (matching form) counts its dead of both sides: "مقتل نحو 40 عنصراً من الطرفين". */
export function countsBothSides(matchText: string): boolean {
  return DEAD_OF_BOTH_SIDES.test(matchText);
}
