// "أحيا الأهالي، صباح اليوم الثلاثاء، الذكرى العاشرة للتفجير الذي هز السوق في الرابع عشر من شباط
// 2007": the day of the commemoration is not the day of the blow it remembers.
import type { DateMention } from '../reading/types.js';
import { ANNIVERSARY } from '../events/non-events.js';

/**
 * The dates a clause gives for its event, less the day an anniversary was marked on, where the clause
 * names the old event remembered ("الذكرى السادسة لمجزرة … يومي السابع والثامن من نيسان عام 2016",
 * "marked on Monday the anniversary of the bombing of 14 February 2007") and dates it after that
 * name: the tolls told of it are of that old day, not of the remembrance. A clause that dates only
 * the remembrance keeps its day (the gathering may itself be hit).
 */
export function withoutCommemorationDays(matchText: string, dates: readonly DateMention[]): DateMention[] {
  const named = ANNIVERSARY.exec(matchText);
  if (!named) return [...dates];
  const remembered = dates.filter((d) => d.start >= named.index);
  return remembered.length > 0 ? remembered : [...dates];
}

/**
 * A lead that marks an anniversary and dates the old event after naming it ("أحيا الأهالي اليوم
 * الذكرى السادسة لمجزرة شهدها الحي يومي السابع والثامن من نيسان عام 2016"): the toll told after it
 * with no day of its own ("وأسفر القصف حينها عن مقتل 23") is of that old day, though it lies long
 * before the news (carried-date.ts).
 */
export function remembersOldDay(matchText: string, dayStart: number): boolean {
  const named = ANNIVERSARY.exec(matchText);
  return named !== null && named.index <= dayStart;
}
