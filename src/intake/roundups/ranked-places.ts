// "بغداد سجلت 250 قتيلاً، تلتها ذي قار بـ110", "Nineveh had the most, followed by Anbar with 40": places ranked by their counts.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "…، تلتها ذي قار بـ110 قتلى", "…، تليها كركوك بـ13", "followed by Baghdad with 413", "followed by
 * Nineveh, with 96 killed" (the place set off by a comma): the place after it ranked by its count,
 * below the one before; what is ranked so is a tally per place over a span (a report's, a
 * ministry's), never one event.
 */
const FOLLOWED_BY = new RegExp(
  `(?<!${L})(?:${anyOf(['تلتها', 'تليها', 'يليها', 'تلاها', 'وتلتها', 'وتليها', 'ويليها'])})(?:\\s+[^\\s\\d،,.]+){1,4}?،?\\s+${anyOf(['ب', 'بواقع'])}\\s*\\d|(?<!${L})followed by(?:\\s+[^\\s\\d,.]+){1,5}?,?\\s+with\\s+\\d`,
  'u',
);

/**
 * "Baghdad was again the worst-affected province, with 241 killed", "the hardest-hit governorate",
 * "وكانت بغداد المحافظة الأكثر تضرراً بـ241 قتيلاً": a place named the worst of the provinces by its
 * count heads the same ranking; its count is its share of the tally, not one event (a town "worst
 * hit" by one storm of shelling is told with the blow: only a province, a governorate or a region
 * is ranked so).
 */
const RANKED_FIRST = new RegExp(
  `(?<!${L})(?:worst|hardest|most)[- ](?:affected|hit)\\s+(?:province|governorate|region)(?!${L})|(?<!${L})(?:${anyOf(['المحافظة الأكثر', 'المحافظات الأكثر', 'أكثر المحافظات'])})\\s+(?:${anyOf(['تضررا', 'تضرراً', 'دموية', 'تسجيلا'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) ranks places by their counts: a tally, not an event. */
export function ranksPlacesByCount(matchText: string): boolean {
  return FOLLOWED_BY.test(matchText) || RANKED_FIRST.test(matchText);
}
