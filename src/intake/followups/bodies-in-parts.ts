// "استقبلت مستشفيات المدينة 18 جثة، فيما تشير معلومات إلى وجود جثتين أخريين": the toll told by its bodies.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * A count of bodies, by number or dual: "18 جثة", "ثلاث جثث", "جثث ثمانية أشخاص", "جثتين أخريين",
 * "two more bodies", "eight bodies".
 */
const COUNTED_BODIES = new RegExp(
  `(?<!${L})(?:\\d+|${anyOf(['ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثماني', 'تسع', 'عشر'])})\\s+(?:${anyOf(['جثث', 'جثة'])})(?!${L})|(?<!${L})${anyOf(['جثث'])}\\s+(?:\\d+|${anyOf(['ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة'])})(?!${L})|(?<!${L})(?:${anyOf(['جثتين', 'جثتان'])})(?!${L})|(?<!${L})(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:(?:more|other)\\s+)?bodies(?!${L})`,
  'u',
);

/**
 * The clause (in matching form) counts the dead by their bodies, and no wounded: where the bodies stay
 * within the toll just told ("between 18 and 20 killed", then "the hospitals received 18 bodies, and
 * two more have not reached them yet"), they are how that toll was made up, not more dead.
 */
export function countsBodies(matchText: string, woundedTold: boolean): boolean {
  return !woundedTold && COUNTED_BODIES.test(matchText);
}
