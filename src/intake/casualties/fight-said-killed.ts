// "The Observatory said the fighting, which began Thursday and ended with the town's fall on
// Friday, killed 43 pro-government fighters and 30 insurgents": the fight, told by a teller's "said"
// and set off by a relative aside on its course, is the subject of the killing — the dead of both
// its sides its toll, as "Fighting … killed" opening a clause (fight-toll.ts) reads. So is the fight
// told with its onset, "said fighting since the militants launched their assault on Monday had killed".
import { FIGHT_NOUNS_EN } from '../attackers/fight-nouns.js';

/**
 * The teller's verb, the fight as its object-clause's subject, a relative aside between commas, and
 * nothing else before the killing's cue (matching form: the clause up to the cue).
 */
const SAID_FIGHT_ASIDE = new RegExp(
  String.raw`(?<![\p{L}])(?:said|says|reported|added)\s+(?:that\s+)?(?:the\s+)?(?:[\p{L}-]+\s+)?${FIGHT_NOUNS_EN}\s*,\s*(?:which|that)\s[^,;]{1,100},\s*$`,
  'u',
);

/**
 * The teller's verb, the fight as its object-clause's subject, "since" its onset (no comma, no word of
 * a blow), then the auxiliary of the killing: "said fighting since the offensive began on Friday has".
 */
const SAID_FIGHT_SINCE = new RegExp(
  String.raw`(?<![\p{L}])(?:said|says|reported|added)\s+(?:that\s+)?(?:the\s+)?(?:[\p{L}-]+\s+)?${FIGHT_NOUNS_EN}\s+since\s(?:(?!bomb|shell|strike|raid)[^,;]){1,100}?\s(?:has|have|had)\s+$`,
  'u',
);

/** The clause before the cue (`before`, matching form) tells a fight its teller said killed. */
export const fightSaidKilled = (before: string): boolean =>
  SAID_FIGHT_ASIDE.test(before) || SAID_FIGHT_SINCE.test(before);
