// "كما أصيب سبعة مدنيين بجروح خلال الاشتباكات": after a fight told, "also" with people wounded "during
// the clashes" — the fight named back by its definite noun — are more of that fight's toll, not another
// item of a roundup (which "كما" alone opens), whatever struck them in it (shells that fell on homes).
// Only the wounded (clause.ts): dead told so are often a fight apart from the attack just told.
import { FIGHT_NOUNS_AR } from '../attackers/fight-sides.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** "خلال الاشتباكات", "أثناء المعارك", "في المواجهات", "جراء الاشتباكات": the fight told, named back. */
const DURING_THE_FIGHT = new RegExp(
  `(?<!${L})(?:${anyOf(['خلال', 'أثناء', 'اثناء', 'في', 'جراء', 'إثر', 'اثر'])})\\s+(?:${anyOf(FIGHT_NOUNS_AR.map((noun) => `ال${noun}`))})(?!${L})`,
  'u',
);

/** The clause (in matching form) places its hurt in the fight told before, by its definite name. */
export const duringTheFightTold = (matchText: string): boolean => DURING_THE_FIGHT.test(matchText);
