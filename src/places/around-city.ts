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

/** English words that put a spot outside the city named after "of": "south of", "the outskirts of". */
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
]);

/**
 * "military positions south of Damascus", "20 km south-west of Damascus", "on the outskirts of
 * Damascus": the governorate around a city-governorate, where the name at token `first` is that
 * city told by what lies outside it. (Arabic "جنوب دمشق" is left alone: it also names the city's
 * own southern quarters.) undefined: no such bearing, or a city whose governorate holds its
 * surroundings.
 */
export function governorateAround(
  tokens: readonly Token[],
  first: number,
  governorate: GazetteerEntry,
  hierarchy: Hierarchy,
): GazetteerEntry | undefined {
  const around = AROUND.get(governorate.id);
  if (around === undefined || tokens[first - 1]?.norm !== 'of' || !isIn(OUTSIDE_OF, tokens[first - 2]))
    return undefined;
  const entry = hierarchy.byId.get(around);
  return entry && isAdmin(entry) ? entry : undefined;
}
