// "…اعترفوا بزرع العبوة … في السابع عشر من تشرين الأول الماضي", then "وأسفر التفجير حينها عن استشهاد
// اثنين": in a story of a court's ruling, the deed's toll told "at that time" is of the day the
// sentence before gave the deed, not of the ruling's, nor of a later arrest's.
import type { DateMention } from '../reading/types.js';
import { L, anyOf } from '../reading/word-pattern.js';
import type { DateValue } from './date-values.js';
import { dayPointedBackAt } from './that-occasion.js';

/** "وأسفر التفجير حينها عن", "وأدى الهجوم آنذاك إلى": a result with its deed named, "at that time". */
const RESULT_THEN = new RegExp(
  `^["«“]?\\s*(?:${anyOf(['وأسفر', 'وأسفرت', 'وأدى', 'وأدت'])})\\s+ال\\p{L}+\\s+(?:${anyOf(['حينها', 'حينذاك', 'آنذاك', 'وقتها', 'يومها'])})(?!${L})`,
  'u',
);

/**
 * The day of a judged deed's toll told "at that time" with no day of its own: the last day told
 * before it (`anchor`), else null. (Only in a ruling's story: elsewhere the day last told may be a
 * later death's or an anniversary's narrower day, and the deed's date is carried otherwise.)
 */
export function dayOfResultThen(
  matchText: string,
  hasCasualties: boolean,
  anchor: DateValue | null,
): DateMention | null {
  return dayPointedBackAt(RESULT_THEN, matchText, hasCasualties, anchor);
}
