// A fight told as still going on since a day of the week: its toll is one event's, not a span's.
import { WEEKDAY } from '../dates/date-patterns.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "الاشتباكات الدائرة منذ مساء الاثنين الماضي", "المستمرة منذ يوم الأحد", "the clashes raging since
 * Monday evening": "since" tells when one fight still going on began (a part of the day and "last"
 * may stand around the weekday), as killed-since.ts keeps "has killed 8 since Sunday" the running
 * toll of one battle; not "منذ بدايتها", "since January", a span's total.
 */
const GOING_ON_SINCE_DAY = new RegExp(
  `(?<!${L})(?:${anyOf(['الدائرة', 'المستمرة', 'المتواصلة', 'الجارية', 'المندلعة'])}|ongoing|continuing|raging)\\s+(?:${anyOf(['منذ'])}|since)\\s+(?:(?:${anyOf(['يوم', 'مساء', 'صباح', 'ليل', 'ليلة', 'فجر', 'ظهر', 'عصر'])}|last|early)\\s+)?${WEEKDAY('since')}(?:\\s+(?:${anyOf(['الماضي', 'الفائت'])}|evening|morning|night|afternoon))?(?!${L})`,
  'u',
);

/** The words (in matching form) with a fight's "going on since a weekday" left out: what span is left. */
export function withoutFightGoingOnSince(matchText: string): string {
  return matchText.replace(GOING_ON_SINCE_DAY, ' ');
}
