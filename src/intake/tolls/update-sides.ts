// A toll update that says the dead rose counts the wounded as they now stand, too.
import type { Casualties } from '../casualties/casualties.js';
import { CUES } from '../events/event-cues.js';
import { woundedLeftOfCounted } from './wounded-died/phrases.js';

/**
 * "the death toll had risen to eight, and that 17 wounded were being treated", "ارتفعت حصيلة
 * القتلى إلى ثمانية، فيما يتلقى 17 جريحاً العلاج": the dead it rose to, with the clause's own count of
 * the wounded — the later figure of the same event, superseding an earlier, looser one ("more than a
 * dozen"). Not wounded told dying: "a fifth was wounded and died later, raising the toll to five",
 * "بعد وفاة اثنين من الجرحى" count no one still wounded, unless they tell how many were ("one of the
 * 11 people wounded died, raising the toll to six": the others; so is a count of wounded the clause
 * told some of dead since).
 */
export function withWoundedNow(
  risen: Casualties,
  told: Casualties,
  matchText: string,
  diedOfWounds: boolean,
): Casualties {
  if (risen.wounded !== null) return risen;
  // ("One of the 11 people wounded died overnight, raising the toll to six": ten wounded now)
  const left = woundedLeftOfCounted(matchText);
  if (left !== null) return { ...risen, wounded: left };
  // ("Nine others were wounded, one of whom died on Wednesday, raising the toll to four": eight)
  if (told.diedSince && told.wounded !== null) return { ...risen, wounded: told.wounded };
  if (diedOfWounds || told.wounded === null) return risen;
  const wounded = matchText.search(CUES.wounded);
  if (wounded < 0 || matchText.slice(wounded).search(CUES.killed) >= 0) return risen;
  return { ...risen, wounded: told.wounded };
}

/**
 * "Two were killed and three wounded …, before raising the toll to three dead after one of the
 * wounded died": a clause that told a first toll of dead and wounded, then the dead risen by the
 * death of some of those wounded. The dead added left the wounded; the others are still wounded.
 * null where the clause told no first toll of both, or the rise is past the wounded it told.
 */
export function woundedLeftByRise(told: Casualties, risenKilled: Casualties['killed']): number | null {
  const { killed, wounded } = told;
  if (typeof killed !== 'number' || typeof wounded !== 'number' || typeof risenKilled !== 'number')
    return null;
  const died = risenKilled - killed;
  return died > 0 && died < wounded ? wounded - died : null;
}
