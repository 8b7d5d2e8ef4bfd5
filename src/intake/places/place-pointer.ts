// "near the city's airport", "قرب مطار المدينة", "قرب سوق المخيم": a place named only as a part of the town
// (or camp) told before.
import { AR_ORDINALS_DEFINITE } from '../reading/number-words.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** The parts of a town (or camp) a clause may name it by: its airport, its outskirts, its quarters, its market. */
const PARTS = ['مطار', 'أطراف', 'مدخل', 'مداخل', 'وسط', 'ضواحي', 'أحياء', 'سوق', 'ريف', 'محيط'];
const TOWN = ['المدينة', 'البلدة', 'القرية', 'المخيم'];
/**
 * A numbered part of a camp or town, told bare once one of them was named with its place: "في القطاع
 * الثالث" after "داخل القطاع الخامس من مخيم الهول", "in Phase 5" of a camp.
 */
const NUMBERED_PART = ['القطاع', 'بالقطاع', 'المربع', 'القسم'];

/**
 * A clause that names its place only as a part of the town told before: "near the city's military
 * airport", "on the town's outskirts", "قرب مطار المدينة العسكري", "على أطراف البلدة". The town is
 * the one the article is about, not a place of its own the gazetteer does not know.
 */
const POINTER = new RegExp(
  `(?<!${L})the (?:city|town|village|province|camp) s |(?<!${L})(?:${anyOf(PARTS)}) (?:${anyOf(TOWN)})(?!${L})|(?<!${L})(?:${anyOf(NUMBERED_PART)}) (?:${anyOf(AR_ORDINALS_DEFINITE)})(?!${L})|(?<!${L})(?:sector|section|phase) (?:[1-9]|one|two|three|four|five|six|seven|eight|nine)(?!${L})`,
  'u',
);

/** Whether a clause (its match view) places itself only by pointing back at a town told before. */
export const pointsToTownTold = (matchText: string): boolean => POINTER.test(matchText);
