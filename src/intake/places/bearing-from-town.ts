// "قرب قرية الجنينة غربي المدينة", "a village west of the town": a spot told by its bearing from the town told before.
// (So is "ناحية جبلة شمال شرقي المدينة": a subdistrict or a village named, then told from that town.)
import { L, anyOf } from '../reading/word-pattern.js';

export const BEARINGS = ['شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي'];
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

/** Words that tell a subdistrict, a village or a town before its name: "ناحية", "بقرية", "وبلدة". */
const SPOT_WORDS = ['ناحية', 'قرية', 'بلدة'].flatMap((w) => [w, `ب${w}`, `و${w}`, `في${w}`]);

/**
 * "ناحية جبلة شمال شرقي المدينة", "قرية الصفا غربي البلدة", "the village of Safa, west of the town": a
 * subdistrict or a village named (in up to three words) right before its bearing from the town told
 * before.
 */
const SPOT_FROM_TOWN = new RegExp(
  `(?<!${L})(?:${anyOf(SPOT_WORDS)}) (?:\\S+ ){1,3}(?:${anyOf(BEARINGS)})(?: (?:${anyOf(BEARINGS)}))? (?:${anyOf(TOWN)})(?!${L})|(?<!${L})(?:village|subdistrict|town) of (?:\\S+ ){1,3}(?:(?:north|south)(?:east|west)?|east|west)(?: (?:east|west))? of the (?:city|town)(?!${L})`,
  'u',
);

/** Whether a clause (its match view) names a subdistrict or a village by its bearing from the town told before. */
export const spotFromTownTold = (matchText: string): boolean => SPOT_FROM_TOWN.test(matchText);
