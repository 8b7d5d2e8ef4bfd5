// "قرب قرية الجنينة غربي المدينة", "a village west of the town": a spot told by its bearing from the town told before.
import { L, anyOf } from '../reading/word-pattern.js';

const BEARINGS = ['شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي'];
const TOWN = ['المدينة', 'البلدة'];

/**
 * "غربي المدينة", "جنوب شرقي البلدة", "west of the town", "north-east of the city": the bearing is
 * told from a town the article named before, without naming it again.
 */
const BEARING_FROM_TOWN = new RegExp(
  `(?<!${L})(?:(?:${anyOf(BEARINGS)})(?: (?:${anyOf(BEARINGS)}))? (?:${anyOf(TOWN)})|(?:(?:north|south)(?:east|west)?|east|west)(?: (?:east|west))? of the (?:city|town))(?!${L})`,
  'u',
);

/**
 * Whether a clause (its match view) places a spot by its bearing from the town told before: a
 * village the gazetteer does not know, so told, lies where that town does.
 */
export const bearingFromTownTold = (matchText: string): boolean => BEARING_FROM_TOWN.test(matchText);
