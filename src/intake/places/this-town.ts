// "A suicide bomber walked into a funeral tent in this mostly Shiite town south of Baghdad": wire copy
// points with "this town" at the place the story is filed from and headed with, whatever city it then
// measures that place from. Where the title names none ("Car bomb kills 6 outside Kurdish party office
// in northern Iraq"), the dateline does ("TUZ KHURMATU, Iraq (AP) -- … in this ethnically mixed town").
import type { ResolvedPlace } from '../../places/types.js';

/** "in this town", "in this northern city", "this mostly Shiite town south of Baghdad". */
const THIS_TOWN = /(?<!\p{L})this\s+(?:[\p{L}-]+\s+){0,3}?(?:town|city|village)(?!\p{L})/iu;

/**
 * The place a clause (`matchText`, its matching form) points at with "this town": the title's, where
 * the title names one in a governorate; else the dateline's, where it does; else null.
 */
export function placeOfThisTown(
  matchText: string,
  titlePlace: ResolvedPlace | null,
  datelinePlace: ResolvedPlace | null = null,
): ResolvedPlace | null {
  if (!THIS_TOWN.test(matchText)) return null;
  if (titlePlace?.governorate) return titlePlace;
  return datelinePlace?.governorate ? datelinePlace : null;
}
