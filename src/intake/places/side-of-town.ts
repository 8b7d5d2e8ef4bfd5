// "about 90 kilometres south of al-Qa'im", "جنوب القائم": a spot told by its side of a town, not in it.
import type { ResolvedPlace } from '../../places/types.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** A side, after an optional distance: "south of", "some 90 km north of", "على بعد 20 كم جنوب". */
const SIDE = new RegExp(
  `^(?:(?:about|some|around|nearly)\\s+)?(?:\\d+\\s*(?:kilometres|kilometers|km|miles)\\s+)?(?:(?:north|south)(?:east|west)?(?:ern)?|(?:east|west)(?:ern)?)\\s+of(?!${L})|^(?:${anyOf(['على بعد'])}\\s+\\d+\\s*\\S+\\s+)?(?:${anyOf(['شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي'])})(?!${L})`,
  'u',
);

/**
 * The place's spot is only a side of a town the gazetteer knows ("a hideout about 90 kilometres south
 * of al-Qa'im"): its district is where it was measured from, and may not be the district it lies
 * in, so it makes no other spot than a place named in the district next door (the valley the lead
 * named, "Wadi Horan", lies in Rutba).
 */
export function sideOfTown(place: ResolvedPlace | null | undefined): boolean {
  const locality = place?.locality;
  if (!locality || (locality.en && locality.ar)) return false;
  return SIDE.test(normalizeForMatch(locality.en ?? locality.ar ?? ''));
}
