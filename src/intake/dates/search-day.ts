// "…, adding that security forces launched a search operation on Tuesday": the day of the hunt that followed.
import type { DateMention } from '../reading/types.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * A search or sweep for the doers right before the day ("launched a search operation on Tuesday",
 * "began combing the area on Sunday", "شنت عملية تفتيش واسعة يوم الثلاثاء", "باشرت عمليات بحث
 * اليوم"): that day is when the hunt began, after the event told.
 */
const SEARCH_BEFORE = new RegExp(
  `(?<!${L})(?:(?:search|combing|sweep|manhunt|cordon)(?:\\s+(?:operation|operations|campaign))?|combing|searching|hunting)(?:\\s+[^\\s.,;]+){0,4}\\s+(?:on|early|late|this|last|from)?\\s*$|(?<!${L})(?:${anyOf(['عملية تفتيش', 'عمليات تفتيش', 'عملية بحث', 'عمليات بحث', 'عملية تمشيط', 'عمليات تمشيط', 'حملة تفتيش', 'حملة دهم', 'عملية دهم وتفتيش'])})(?:\\s+[^\\s.,;،؛]+){0,3}\\s*$`,
  'u',
);
/** How far before a date the search may stand. */
const REACH = 48;

/** The dates a clause gives for its event, less the day a search for its doers began. */
export function withoutSearchDays(matchText: string, dates: readonly DateMention[]): DateMention[] {
  return dates.filter((d) => !SEARCH_BEFORE.test(matchText.slice(Math.max(0, d.start - REACH), d.start)));
}
