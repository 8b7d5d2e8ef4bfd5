// "…قتلوا ثمانية رجال صباح أمس الثلاثاء، رغم إعلان وزارة الدفاع انتهاء العمليات مساء الاثنين": the
// day of what was announced, told as a concession, is not the event's.
import type { DateMention } from '../reading/types.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "رغم إعلان …", "على الرغم من إعلان …", "despite the ministry's announcement of …", "despite a
 * truce announced …" right before the day, in the same clause: what the event came in spite of (an
 * end of operations, a truce, a victory) was announced that day; the event's day is told elsewhere.
 */
const CONCESSION_BEFORE = new RegExp(
  `(?<!${L})(?:(?:ال|ب)?${anyOf(['رغم'])}(?:\\s+${anyOf(['من'])})?(?:\\s+[^\\s.,;،؛]+){0,4}?\\s+${anyOf(['إعلان'])}\\p{L}*|(?:despite|in spite of)(?:\\s+[^\\s.,;]+){0,5}?\\s+(?:announc|declar)\\p{L}*)(?:\\s+[^\\s.,;،؛]+){0,8}\\s*$`,
  'iu',
);
/** How far before a date the concession may open. */
const REACH = 100;

/** The dates a clause tells, less the day of an announcement its event came in spite of. */
export function withoutConcessionDays(matchText: string, dates: readonly DateMention[]): DateMention[] {
  return dates.filter((d) => !CONCESSION_BEFORE.test(matchText.slice(Math.max(0, d.start - REACH), d.start)));
}
