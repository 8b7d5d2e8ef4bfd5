// "في ناحية الدراجي التابعة للقضاء": a spot the gazetteer does not know, told as belonging to "the"
// district (or province, or sub-district) the article is about, lies in it.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "التابعة للقضاء", "التابع للمحافظة", "التابعة للناحية": belonging to the unit named by the article
 * alone, the one the story told before (never "التابعة لقضاء X", which names a unit of its own).
 */
const BELONGS_TO_TOLD = new RegExp(
  `(?<!${L})(?:${anyOf(['التابعة', 'التابع', 'والتابعة', 'والتابع'])}) (?:${anyOf(['للقضاء', 'للمحافظة', 'للناحية'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) places its spot only as belonging to the district or province told. */
export const belongsToTold = (matchText: string): boolean => BELONGS_TO_TOLD.test(matchText);
