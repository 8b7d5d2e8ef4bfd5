// "كما أصيب سبعة مدنيين بجروح خلال الاشتباكات": after a fight told, "also" with people wounded "during
// the clashes" — the fight named back by its definite noun — are more of that fight's toll, not another
// item of a roundup (which "كما" alone opens), whatever struck them in it (shells that fell on homes).
// Only the wounded (clause.ts): dead told so are often a fight apart from the attack just told.
import { FIGHT_NAMED_BACK_AR } from '../attackers/fight-nouns.js';

const DURING_THE_FIGHT = new RegExp(FIGHT_NAMED_BACK_AR, 'u');

/** The clause (in matching form) places its hurt in the fight told before, by its definite name. */
export const duringTheFightTold = (matchText: string): boolean => DURING_THE_FIGHT.test(matchText);
