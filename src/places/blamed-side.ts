// "…shot dead a young man late on Tuesday, blaming troops stationed at the nearby airport": a side
// named as the one blamed is the doer, so where it is posted is the doers' base, never the post of a
// side the blow was aimed at (target-station.ts), whatever "on"/"at" was told before the blame.
import { isIn, type Token } from './tokens.js';

/** Words that name the side after them as the one held to account (folded, no clitic or article). */
const BLAMING = new Set([
  'blaming',
  'blamed',
  'blame',
  'blames',
  'accusing',
  'accused',
  'accuse',
  'accuses',
  'متهما',
  'متهمه',
  'متهمين',
  'اتهم',
  'اتهمت',
  'اتهموا',
  'حملت',
  'حملوا',
]);

/** Whether the token names the side told after it as the one blamed ("blaming", "متهماً", "حمّلت"); bare "حمل" and "محملة" are left out, as they also carry a load. */
export function blamesSideAfter(token: Token | undefined): boolean {
  return isIn(BLAMING, token);
}
