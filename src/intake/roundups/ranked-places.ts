// "بغداد سجلت 250 قتيلاً، تلتها ذي قار بـ110", "Nineveh had the most, followed by Anbar with 40": places ranked by their counts.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "…، تلتها ذي قار بـ110 قتلى", "…، تليها كركوك بـ13", "followed by Baghdad with 413": the place
 * after it ranked by its count, below the one before; what is ranked so is a tally per place over a
 * span (a report's, a ministry's), never one event.
 */
const FOLLOWED_BY = new RegExp(
  `(?<!${L})(?:${anyOf(['تلتها', 'تليها', 'يليها', 'تلاها', 'وتلتها', 'وتليها', 'ويليها'])})(?:\\s+[^\\s\\d،,.]+){1,4}?\\s+${anyOf(['ب', 'بواقع'])}\\s*\\d|(?<!${L})followed by(?:\\s+[^\\s\\d,.]+){1,5}?\\s+with\\s+\\d`,
  'u',
);

/** The clause (in matching form) ranks places by their counts: a tally, not an event. */
export function ranksPlacesByCount(matchText: string): boolean {
  return FOLLOWED_BY.test(matchText);
}
