// "near the city's airport", "قرب مطار المدينة": a place named only as a part of the town told before.
import { L, anyOf } from './word-pattern.js';

/** The parts of a town a clause may name it by: its airport, its outskirts, its quarters. */
const PARTS = ['مطار', 'أطراف', 'مدخل', 'مداخل', 'وسط', 'ضواحي', 'أحياء', 'سوق', 'ريف', 'محيط'];
const TOWN = ['المدينة', 'البلدة', 'القرية'];

/**
 * A clause that names its place only as a part of the town told before: "near the city's military
 * airport", "on the town's outskirts", "قرب مطار المدينة العسكري", "على أطراف البلدة". The town is
 * the one the article is about, not a place of its own the gazetteer does not know.
 */
const POINTER = new RegExp(
  `(?<!${L})the (?:city|town|village|province) s |(?<!${L})(?:${anyOf(PARTS)}) (?:${anyOf(TOWN)})(?!${L})`,
  'u',
);

/** Whether a clause (its match view) places itself only by pointing back at a town told before. */
export const pointsToTownTold = (matchText: string): boolean => POINTER.test(matchText);
