// A spot the gazetteer does not know, told by its bearing from the town the event before was placed at, named bare.
import type { ResolvedPlace } from '../../places/types.js';
import { L, anyOf, escapeRegExp } from '../reading/word-pattern.js';
import { matchView } from '../reading/view.js';
import { BEARINGS } from './bearing-from-town.js';

/** English bearings: "north of", "south-east of". */
const BEARING_EN = '(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west) of';

/**
 * "في قضاء الدور، جنوب تكريت", then "في حي X شمال الدور"; "in the town of Y", then "in the village
 * of X, west of Y": a spot the gazetteer does not know, told by its bearing from the town or district
 * the event before was placed at, by that town's own name, bare (the gazetteer may know it only with
 * its unit's word, "قضاء الدور"). It lies where that town does. `matchText` is the clause in matching
 * form; `before` the place of the event told before. Only the event before's own district or
 * locality, named whole: a bearing from any other town says nothing of where the spot lies.
 */
export function bearingFromPlaceTold(matchText: string, before: ResolvedPlace | null | undefined): boolean {
  if (!before?.governorate) return false;
  const names = [before.locality, before.district]
    .flatMap((unit) => (unit ? Object.values(unit) : []))
    .filter((name): name is string => typeof name === 'string' && name.trim().length > 2)
    .map((name) => escapeRegExp(matchView(name).text.trim()));
  if (names.length === 0) return false;
  const bearing = `(?:(?:${anyOf(BEARINGS)})(?: (?:${anyOf(BEARINGS)}))?|${BEARING_EN})`;
  return new RegExp(`(?<!${L})${bearing} (?:${names.join('|')})(?!${L})`, 'iu').test(matchText);
}
