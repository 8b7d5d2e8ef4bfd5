// "a strike destroyed a vehicle carrying three militants": those aboard what a blow destroyed are its dead.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * A vehicle a blow destroyed, told by whom it carried: "destroyed a vehicle carrying three
 * militants", "دمرت عجلة تقل ثلاثة من عناصر التنظيم", "تدمير سيارة كانت تقل مسلحين". The count
 * after "carrying" is of those killed with it. Only "destroyed" says so ("hit a car carrying four"
 * does not).
 */
const ABOARD = new RegExp(
  `(?<!${L})(?:destroyed|destroying|obliterated) (?:an? |the )?(?:[\\p{L}-]+ )?(?:vehicles?|cars?|trucks?|pickups?|pick-ups?) (?:that was |which was )?carrying(?!${L})|(?<!${L})(?:${anyOf(['دمرت', 'دمر', 'تدمير', 'وتدمير', 'ودمرت'])})(?: [^\\s،,.]+){0,2}? (?:${anyOf(['عجلة', 'سيارة', 'آلية', 'مركبة', 'عجلتين', 'سيارتين'])})(?: \\S+)? (?:${anyOf(['كانت'])} )?(?:${anyOf(['تقل', 'تحمل', 'تقلان'])})(?!${L})`,
  'u',
);

/** Where the count of those aboard begins in a clause (match view), or -1. */
export function aboardDestroyed(matchText: string): number {
  const m = ABOARD.exec(matchText);
  return m ? m.index + m[0].length : -1;
}
