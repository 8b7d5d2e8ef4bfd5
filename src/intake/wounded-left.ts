// The wounded told before a toll rose by some of them dying: fewer are wounded now.
import type { ClauseFacts } from './clause-facts.js';
import type { Count } from './count.js';
import { diesOfWounds } from './wounded-died/phrases.js';
import { countBeforeRise } from './earlier-count.js';
import type { Building } from './incident-types.js';
import { floorValues } from './lower-bound.js';
import { matchView } from './view.js';

/**
 * "One wounded man died, raising the toll to two", then "the strike killed the driver and wounded
 * two" ("ارتفعت الحصيلة إلى قتيلين بعد وفاة جريح متأثراً بجراحه" then "أسفرت الغارة عن مقتل السائق
 * وإصابة اثنين"): the dead added were among those wounded, so one is wounded now. The wounded the
 * event has now where the clause tells its count before the rise, else null.
 */
export function woundedLeft(current: Building, facts: ClauseFacts): Count | null {
  const { killed, wounded } = facts.casualties;
  if (current.wounded !== null || typeof wounded !== 'number') return null;
  if (typeof killed !== 'number' || typeof current.killed !== 'number') return null;
  if (!countBeforeRise(current, facts) || !diesOfWounds(matchView(current.source).text)) return null;
  // "more than 40 were wounded": a floor, which the one who died of them leaves standing
  if (floorValues(facts.notes).includes(wounded)) return wounded;
  const left = wounded - (current.killed - killed);
  return left > 0 ? left : null;
}
