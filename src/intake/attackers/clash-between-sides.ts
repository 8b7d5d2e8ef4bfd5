// "قتل 10 أشخاص في اشتباكات اندلعت ليلاً بين مسلحين من التنظيم وأبناء إحدى العشائر", "اشتبكت دورية
// للشرطة مع مجموعة من المهربين، ما أسفر عن مقتل شرطي واثنين من المهربين": a fight told as one between
// two sides — clashes "between" them, or one side that "clashed with" the other — is a fight between
// two forces, not one side's blow at the other: the dead of both sides its clauses count are its toll,
// the side told as armed kept apart by them included. An attack on a post told in the same clause
// still keeps its attackers apart (post-attack-apart.ts); a toll of people the clause told itself,
// "قتل 17 شخصاً في معارك … بين", counts both sides already, the attackers told later among them.
import { L, anyOf } from '../reading/word-pattern.js';
import { FIGHT_NOUNS_AR, IN_FIGHT_PREPOSITIONS_AR } from './fight-nouns.js';
import { postAttackersApart } from './post-attack-apart.js';
import { findCasualties } from '../casualties/casualties.js';
import { sameCount, type Count } from '../reading/count.js';
import type { MatchView } from '../reading/view.js';

/**
 * The dead placed in a fight and, a few words on, the two sides it was between: "في اشتباكات عنيفة
 * اندلعت … بين", "باشتباكات بين" — not clashes a killing set off ("ما أدى إلى اندلاع اشتباكات بين"),
 * whose first dead were no side of them.
 */
const CLASHES_BETWEEN = new RegExp(
  `(?<!${L})(?:(?:${anyOf(IN_FIGHT_PREPOSITIONS_AR)})\\s+|[بف])${anyOf(FIGHT_NOUNS_AR)}(?:\\s+[^\\s.،,؛]+){0,6}?\\s+${anyOf(['بين'])}(?!${L})`,
  'u',
);

/** One side that clashed with the other: "اشتبكت الدورية … مع", "اشتبكوا مع". */
const CLASHED_WITH = new RegExp(
  `(?<!${L})[وف]?${anyOf(['اشتبكت', 'اشتبك', 'اشتبكوا', 'اشتبكا', 'تشتبك', 'يشتبك'])}(?:\\s+[^\\s.،,؛]+){0,4}?\\s+${anyOf(['مع'])}(?!${L})`,
  'u',
);

/**
 * The clause that opened the event (`opened`) told a clash between two sides, no attack on a post:
 * the dead of both sides its clauses count are the fight's toll — unless the event's `killed` is the
 * clause's own toll, its attackers not told apart ("قتل 17 شخصاً في معارك … بين"): a count of
 * everyone both sides lost already, which the attackers told later are among.
 */
export function clashBetweenSides(opened: MatchView, killed: Count): boolean {
  if (
    !(CLASHES_BETWEEN.test(opened.text) || CLASHED_WITH.test(opened.text)) ||
    postAttackersApart(opened.text)
  )
    return false;
  const own = findCasualties(opened, 'ar');
  return !(own.attackersKilled === null && own.killed !== null && sameCount(own.killed, killed));
}
