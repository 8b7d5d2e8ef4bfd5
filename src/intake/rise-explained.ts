// A toll said to have risen, with no figure, only why: the count told before already holds the rise.
import { reportedEarlier } from './earlier-report.js';
import { tellsEarlierToll } from './preliminary-toll.js';
import { L, anyOf } from './word-pattern.js';

/**
 * "the toll rose as more bodies were recovered and as two of the wounded died", "ارتفعت الحصيلة
 * بعد وفاة اثنين من الجرحى" (no "إلى"/"to" figure): it explains how a count came to be. A rise to a
 * figure ("rose to 12 as …") is read by toll-update.ts.
 */
const RISE_WITH_CAUSE = new RegExp(
  `(?<!${L})(?:toll|number of (?:the )?(?:dead|killed))\\s+(?:has\\s+|had\\s+)?(?:rose|risen|climbed|increased)\\s+(?:as|after|because|when)(?!${L})|(?<!${L})(?:${anyOf(['ارتفعت', 'وارتفعت', 'ارتفع', 'وارتفع'])})\\s+(?:${anyOf(['الحصيلة', 'حصيلة', 'عدد'])})(?:\\s+[^\\s،,.]+){0,3}?\\s+(?:${anyOf(['بعد', 'إثر', 'جراء'])})(?!${L})`,
  'u',
);

/**
 * The clause (in matching form) tells a toll risen by its cause alone, right after the sentence
 * that gave the earlier toll ("Earlier reports had put the death toll at four."): the count told
 * before that is the risen one. (Without the earlier toll just told, "killing three. The toll rose
 * after two of the wounded died" may tell a rise past the count told, and is left to the rules of
 * the dead of wounds.)
 */
export function riseExplained(matchText: string, sentenceBefore: string): boolean {
  return (
    RISE_WITH_CAUSE.test(matchText) && (tellsEarlierToll(sentenceBefore) || reportedEarlier(sentenceBefore))
  );
}
