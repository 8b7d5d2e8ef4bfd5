// "مقتل تسعة إرهابيين واستشهاد جنديين في اشتباكات", "أسفرت عن مقتل تسعة منهم واستشهاد ثلاثة جنود":
// after a first count of dead, the martyrdom of more joined by "و" in a clause that names a fight —
// "martyred" is what a side calls its own dead, never the enemy it killed, so they are the fight's
// other side, and its toll is both counts (side-after-side.ts reads the same where both are told
// "N من …"; here either may be told by its noun alone, a dual, or "منهم").
import type { Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { MARTYRDOM_AR, MARTYRED_VERBS_AR } from '../attackers/martyred-joined.js';
import { namesFightAr } from './side-after-side.js';

/** "واستشهاد", "واستشهد", "واستشهدوا", "وارتقى" (matching form): martyrdom joined by "و". */
const JOINED_MARTYRDOM = new Set([...MARTYRED_VERBS_AR, MARTYRDOM_AR].map((w) => normalizeForMatch(`و${w}`)));

/** How many words the first count's noun and whose they were may take before the joined martyrdom. */
const FIRST_REACH = 4;

/**
 * The killing cue at `cue` is martyrdom joined by "و" within a few words after the first count
 * (ending at `previousNext`), in a clause that names a fight: the other side's dead of it.
 */
export function martyredAfterCount(tokens: readonly Token[], previousNext: number, cue: number): boolean {
  return (
    JOINED_MARTYRDOM.has(tokens[cue]?.word ?? '') &&
    cue >= previousNext &&
    cue - previousNext <= FIRST_REACH &&
    namesFightAr(tokens)
  );
}
