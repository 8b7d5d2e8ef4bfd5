// "فيما ارتقى أربعة من الثوار خلال المعارك": dead counted as some of a side, told fallen "in the
// fighting" — the definite noun points back at the fight just told, so they are its other side's dead,
// whatever noun names their side (one the actor tables may not know).
import { L, anyOf } from '../reading/word-pattern.js';
import { FIGHT_NAMED_BACK_AR } from './fight-nouns.js';
import { normalizeForMatch } from '../../text/normalize.js';

/** "N من الثوار", "٣ من المقاتلين": a count of some of a side named by its definite noun. */
const SOME_OF_SIDE = `(?<!${L})${normalizeForMatch('من')}\\s+${normalizeForMatch('ال')}${L}+`;

/**
 * "وأصيب ستة آخرون", "وجرح خمسة": the side's wounded told on between its dead and the fight they fell
 * in ("فيما قتل ثلاثة من المتطوعين وأصيب ستة آخرون خلال الاشتباكات"), the fight still theirs.
 */
const WOUNDED_TOLD_ON = `${normalizeForMatch('و')}(?:${anyOf(['أصيب', 'أصيبا', 'أصيبوا', 'جرح'])})\\s+(?:${L}+\\s+){0,3}?`;

/**
 * The clause counts some of a side ("من الثوار") and tells them fallen in the fight just told
 * (FIGHT_NAMED_BACK_AR after the count, or after their wounded told on); the fight's other conditions
 * are fight-sides.ts's.
 */
const SIDE_IN_THE_FIGHT = new RegExp(
  `${SOME_OF_SIDE}\\s+(?:${L}+\\s+){0,2}?(?:${WOUNDED_TOLD_ON})?${FIGHT_NAMED_BACK_AR}`,
  'u',
);

export const sideInTheFight = (matchText: string): boolean => SIDE_IN_THE_FIGHT.test(matchText);
