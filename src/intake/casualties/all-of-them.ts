// "All four were killed": a count of people the article has named already.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "All four were killed", "both were wounded", "all of the three", "وقتل الأربعة جميعاً", "قتلوا
 * جميعهم": every one of a group told before (the attackers who stormed a gate, the men in a car),
 * counted again, not new casualties. Not "all" as the object of a verb of the blow ("killing all
 * three people inside"): the count of those it hit, told there first.
 */
const ALL_OF_THEM = new RegExp(
  `(?<!${L})(?<!(?:ing|ed|dead|down)\\s)(?:all\\s+(?:of\\s+(?:the\\s+|them\\s+)?)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten)|both(?:\\s+of\\s+them)?\\s+(?:were|was|died|had))(?!${L})|(?<!${L})(?:${anyOf(['جميعهم', 'كلهم', 'جميعا', 'جميعاً', 'كلاهما', 'جميعهن'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) counts a group it has named before ("all four"). */
export function countsAllNamed(matchText: string): boolean {
  return ALL_OF_THEM.test(matchText);
}
