// "…killing at least 11 people, the latest in a wave of violence that has pushed death tolls to levels
// unseen since 2008": a record the news is measured against, whose "since" names no span the clause's
// toll is summed over (as a superlative's does not: period-totals.ts, ranked-since-day.ts).
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "unseen since", "not seen since", "unprecedented since", "the highest since", "the lowest … since",
 * "لم تشهدها البلاد منذ", "غير مسبوقة منذ", "هي الأعلى منذ" (matching form), up to the clause's end.
 */
const RECORD_SINCE = new RegExp(
  `(?<!${L})(?:unseen|not\\s+(?:been\\s+)?seen|unprecedented|unmatched|the\\s+highest|the\\s+lowest)(?!${L})(?:\\s+[^\\s,.;]+){0,4}?\\s+since\\s+[^,.;]*|(?<!${L})(?:${anyOf(['لم تشهدها', 'لم يشهدها', 'لم تشهده', 'لم يشهده', 'لم تشهد', 'لم يشهد', 'غير مسبوقة', 'غير مسبوق', 'الأعلى', 'الأدنى'])})(?!${L})(?:\\s+[^\\s،,.؛]+){0,4}?\\s+(?:${anyOf(['منذ'])})\\s+[^،,.؛]*`,
  'gu',
);

/** The clause (matching form) without a record's "since" phrase, with as many characters (offsets keep). */
export function withoutRecordSince(text: string): string {
  return text.replace(RECORD_SINCE, (m) => ' '.repeat(m.length));
}
