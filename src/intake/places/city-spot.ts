// A spot told as "the city's": a street, square or quarter of the city the article is about.
import type { ResolvedPlace } from '../../places/types.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { L } from '../reading/word-pattern.js';

/** "the city's al-Mansour street", "the city's main square", in matching form (the apostrophe a space). */
const THE_CITYS_SPOT = new RegExp(
  `(?<!${L})the\\s+city\\s+s\\s+(?:\\p{L}+\\s+){1,3}(?:street|road|square|market|roundabout|district|neighbou?rhood|quarter)(?!${L})`,
  'u',
);

/**
 * "Last week, a motorcycle bomb exploded on the city's al-Mansour street": "the city's" points back
 * at the city the article told — the last event's, else the title's or the dateline's — so a street
 * or quarter whose name the gazetteer knows in another governorate (al-Mansour of Baghdad) is that
 * city's namesake. The city's place; null where the clause names a city of its own before "the city's".
 */
export function cityOfItsSpot(
  last: Building | undefined,
  facts: ClauseFacts,
  articlePlace: ResolvedPlace | null,
): ResolvedPlace | null {
  const city = last?.place ?? articlePlace;
  const there = facts.place;
  const spot = THE_CITYS_SPOT.exec(facts.matchText);
  if (!city?.governorate || !there?.governorate || city.governorate.en === there.governorate.en || !spot)
    return null;
  const own = facts.matchText.indexOf(normalizeForMatch(there.text));
  return own < 0 || own > spot.index ? city : null;
}
