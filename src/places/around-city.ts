// A spot told by its bearing from a city that is a governorate of its own lies in the one around it.
import type { Hierarchy } from './hierarchy.js';
import { isAdmin } from './hierarchy.js';
import { isIn, type Token } from './tokens.js';
import type { GazetteerEntry } from './types.js';

/**
 * Governorates that are one city, and the governorate around each: Damascus is the city alone,
 * its outskirts and the towns beyond them are Rif Dimashq. (Baghdad's governorate holds its
 * outskirts too, so a bearing from it stays in it.)
 */
const AROUND: ReadonlyMap<string, string> = new Map([['sy-damascus', 'sy-rif-dimashq']]);

/**
 * English words that put a spot outside the city named after "of": "south of", "the outskirts of",
 * "in the vicinity of", "the western countryside of" (Arabic "محيط دمشق", "ريف دمشق" are names of
 * the governorate around it already).
 */
const OUTSIDE_OF = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'outskirts',
  'suburbs',
  'vicinity',
  'countryside',
  'environs',
]);

/** Words for a road before the city it leads out of: "طريق دمشق بيروت", "أوتوستراد دمشق حمص". */
const ROAD_BEFORE = new Set(['طريق', 'اوتوستراد', 'اتوستراد', 'اوتستراد']);
/** And after it, with at most one other name between: "the Damascus–Beirut highway", "the Damascus airport road". */
const ROAD_AFTER = new Set(['highway', 'road', 'motorway', 'expressway']);

/**
 * "near X on the Damascus–Beirut highway", "على طريق دمشق بيروت": a road named for the city it leads
 * out of runs through the land around it (its stretch inside the city is named for its quarters).
 */
const roadOutOf = (tokens: readonly Token[], first: number): boolean =>
  isIn(ROAD_BEFORE, tokens[first - 1]) ||
  isIn(ROAD_AFTER, tokens[first + 1]) ||
  isIn(ROAD_AFTER, tokens[first + 2]);

/**
 * "military positions south of Damascus", "20 km south-west of Damascus", "on the outskirts of
 * Damascus", "south of the Syrian capital", "in the vicinity of Damascus", "on the Damascus–Beirut
 * highway": the governorate around a city-governorate, where the name at token `first` is that city
 * told by what lies outside it, or by a road out of it. (Arabic "جنوب دمشق" is left alone: it also
 * names the city's own southern quarters.) undefined: no such bearing, or a city whose governorate
 * holds its surroundings.
 */
export function governorateAround(
  tokens: readonly Token[],
  first: number,
  governorate: GazetteerEntry,
  hierarchy: Hierarchy,
): GazetteerEntry | undefined {
  const around = AROUND.get(governorate.id);
  // (or told as the country's capital: "south of the Syrian capital")
  const of = tokens[first - 1]?.norm === 'the' ? first - 2 : first - 1;
  const outside = tokens[of]?.norm === 'of' && isIn(OUTSIDE_OF, tokens[of - 1]);
  if (around === undefined || !(outside || roadOutOf(tokens, first))) return undefined;
  const entry = hierarchy.byId.get(around);
  return entry && isAdmin(entry) ? entry : undefined;
}
