// "more than 30 people injured", then "31 others were treated": the loose count of the wounded told again exactly.
import type { Casualties } from '../casualties/casualties.js';
import type { Building } from '../incidents/incident-types.js';
import { nearApproximate } from '../incidents/same-event.js';
import { sameCount } from '../reading/count.js';
import { floorValues } from '../roundups/lower-bound.js';

/**
 * The event told with a floor for its wounded ("more than 30 injured", "أكثر من 30 جريحاً"), then
 * an exact count above it and near it ("31 others were treated") or below the next ten of a floor
 * told in tens ("أكثر من عشرين", then "23"), the dead the same or untold: one toll, sharpened — the
 * hospital's count the lead rounded down replaces it (incident-merge.ts). Only
 * the wounded: a higher count of dead is a toll that rose or another source's, and "about 40" then
 * "37" keeps the first figure (a second source's, shown to the editor).
 */
export function sharpensLooseToll(current: Building, told: Casualties): boolean {
  const [known, other] = [current.wounded, told.wounded];
  if (typeof known !== 'number' || typeof other !== 'number' || other <= known) return false;
  if (current.killed !== null && told.killed !== null && !sameCount(current.killed, told.killed))
    return false;
  return (
    floorValues(current.checks).includes(known) &&
    (nearApproximate(known, other, [known], []) || belowNextTen(known, other))
  );
}

/**
 * "أكثر من عشرين جريحاً", then "23 جريحاً": a floor in round tens covers every count up to the next
 * ten (past it the teller would have said "more than thirty"), however far above a tenth of it.
 */
function belowNextTen(floor: number, count: number): boolean {
  return floor >= 10 && floor % 10 === 0 && count < floor + 10;
}
