// Where the side a blow was aimed at is posted is where the blow fell.
import { blamesSideAfter } from './blamed-side.js';
import { isIn, type Token } from './tokens.js';

/** Words that aim a blow at what follows ("fired at", "targeting", "على", "استهدفت"), in matching form. */
const AIMED_AT = new Set([
  'at',
  'on',
  'against',
  'targeting',
  'targeted',
  'علي',
  'ضد',
  'استهدف',
  'استهدفت',
  'استهدفا',
  'استهدفتا',
  'استهداف',
  'مستهدفا',
  'مستهدفه',
]);
/** At most this many words for the side between the aim and "stationed" ("at U.S. troops stationed"). */
const MAX_BETWEEN = 3;

/**
 * "rockets were fired at U.S. troops stationed at the al-Omar oil field", "استهدفت الصواريخ القوات
 * الأمريكية المتمركزة في قاعدة عين الأسد": the side posted there is what the blow was aimed at, so
 * its post is the place of the blow, not the doers' base (STATIONED_WORDS) to be passed over.
 */
export function stationOfTarget(tokens: readonly Token[], stationed: number): boolean {
  for (let j = stationed - 1; j >= Math.max(0, stationed - 1 - MAX_BETWEEN); j--) {
    // (a side named as the one blamed is the doer: its post is the doers' base, blamed-side.ts)
    if (blamesSideAfter(tokens[j])) return false;
    if (isIn(AIMED_AT, tokens[j])) return true;
  }
  return false;
}
