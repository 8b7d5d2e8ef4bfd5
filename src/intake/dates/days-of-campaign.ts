// A lead that tells a campaign's deeds on days apart: no one day of the news.
import type { DateMention } from '../reading/types.js';
import { longerThanNight } from './event-period.js';

/**
 * "Ankara launched airstrikes late on Sunday night, and sent commandos across the border on
 * Wednesday", "بدأ الهجوم فجر الأحد وتوسع اليوم الأربعاء": a lead that is no incident itself and
 * tells the deeds of a campaign on days apart gives the news no one day; the items told under it
 * with no day of their own ("Near Sidakan, a drone strike killed two") are of the days of the
 * campaign, not of its first blow (nor of its last), so they take neither.
 */
export function deedsOnDaysApart(dates: readonly DateMention[]): boolean {
  const days = dates
    .filter((d) => d.role === 'event' && !d.aggregate && !longerThanNight(d.date))
    .map((d) => d.date);
  return days.some((a) => days.some((b) => a.to < b.from));
}
