// "…wounded his brother, who had come to check on the family home for the first time since 2014",
// "عاد إلى منزله لأول مرة منذ عام 2014": an act measured against a past time, as a record is
// (record-since.ts): its "since" names no span over which the clause's toll is summed.
import { L, anyOf } from '../reading/word-pattern.js';

/** "for the first time since …", "لأول مرة منذ …", "للمرة الأولى منذ …" (matching form), up to the clause's end. */
const FIRST_TIME_SINCE = new RegExp(
  `(?<!${L})(?:for\\s+the\\s+first\\s+time|${anyOf(['لأول مرة', 'لاول مرة', 'للمرة الأولى', 'للمرة الاولى'])})\\s+(?:since|${anyOf(['منذ'])})\\s+[^,.;،؛]*`,
  'gu',
);

/** The clause (matching form) without a "first time since" phrase, with as many characters (offsets keep). */
export function withoutFirstTimeSince(text: string): string {
  return text.replace(FIRST_TIME_SINCE, (m) => ' '.repeat(m.length));
}
