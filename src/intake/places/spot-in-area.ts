// "في بلدة المسيكة بمنطقة اللجاة، شمال شرقي درعا": a spot situated by an area the gazetteer does
// not know either, itself situated by a place it knows: the spot lies in that known place.
import { AR_KIND } from './unknown-place.js';

/**
 * What stands between the tie of a spot ("ب", "في", "قرب") and the known place that situates it,
 * where an unknown area of that place comes between: the area's kind and one or two words of its
 * name, then a comma or nothing ("بمنطقة اللجاة، شمال شرقي درعا", "في ناحية الصفا بريف حمص").
 */
const AREA_BETWEEN = new RegExp(
  `^\\s+(?:في\\s+|قرب\\s+|ب)(?:${AR_KIND.join('|')})\\s+\\p{L}+(?:\\s+\\p{L}+)?\\s*[،,]?\\s*(?:في\\s+|ب|قرب\\s+)?$`,
  'u',
);

/**
 * Whether `between`, the text from right after a spot's name up to the known place a resolver found
 * in what follows it, is only an unknown area of that place: the spot lies in the known place.
 */
export function situatedThroughArea(between: string): boolean {
  return AREA_BETWEEN.test(between);
}
