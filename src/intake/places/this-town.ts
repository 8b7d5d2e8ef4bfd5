// "A suicide bomber walked into a funeral tent in this mostly Shiite town south of Baghdad": wire copy
// points with "this town" at the place the story is filed from and headed with, whatever city it then
// measures that place from.
import type { ResolvedPlace } from '../../places/types.js';

/** "in this town", "in this northern city", "this mostly Shiite town south of Baghdad". */
const THIS_TOWN = /(?<!\p{L})this\s+(?:[\p{L}-]+\s+){0,3}?(?:town|city|village)(?!\p{L})/iu;

/**
 * The place a clause (`matchText`, its matching form) points at with "this town": the title's, where
 * the title names one in a governorate; else null.
 */
export function placeOfThisTown(matchText: string, titlePlace: ResolvedPlace | null): ResolvedPlace | null {
  return titlePlace?.governorate && THIS_TOWN.test(matchText) ? titlePlace : null;
}
