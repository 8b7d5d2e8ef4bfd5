// "…قرب جسر الشهداء وسط المدينة", then "وتأتي الهجمات بالتزامن مع الهجوم الذي بدأته القوات الاثنين على
// مدينة الرمادي": an event placed only as a part of the town told before lies in that town; a clause
// that runs on into it with no toll of its own, naming a town of another governorate, tells the
// background it came with, not where it happened (the town "المدينة" points at was told before it).
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { matchView } from '../reading/view.js';
import { sameGovernorate } from './incident-places.js';
import { pointsToTownTold } from './place-pointer.js';

/**
 * Whether the clause (its facts) leaves the incident's place alone: the incident has none of its
 * own but a part of the town told ("وسط المدينة"), an event before it was placed in a governorate,
 * and the clause, with no toll, names a place in none of the governorates told before.
 */
export function keepsTownPart(current: Building, built: readonly Building[], facts: ClauseFacts): boolean {
  const place = facts.place;
  if (current.place?.governorate || !place?.governorate) return false;
  if (facts.casualties.killed !== null || facts.casualties.wounded !== null) return false;
  const told = built.flatMap((b) => (b !== current && b.place?.governorate ? [b.place] : []));
  if (told.length === 0 || told.some((p) => sameGovernorate(p, place))) return false;
  return pointsToTownTold(matchView(current.source).text);
}
