// A toll counted since a weekday some days before the news: the sum of those days' events.
import { lastWeekday, toDate } from '../dates/calendar.js';
import { WEEKDAY, weekdayIndex } from '../dates/date-patterns.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** Days back from the news from which a count since a weekday sums several days, not one fight's. */
const SEVERAL_DAYS = 3;

/**
 * "1,200 people had been killed since Thursday", "قتل 300 شخص منذ يوم الخميس": the dead (a perfect or
 * pluperfect, or the Arabic verb or noun of killing) counted since a day of the week; so is "the
 * number of protesters killed in the city since Tuesday", the count a running total is brought to; so
 * are the wounded counted so ("عدد المصابين الذين استقبلتهم المشافي منذ يوم الأحد"), the same tally's other side.
 */
const KILLED_SINCE_WEEKDAY = new RegExp(
  `(?<!${L})(?:(?:have|has|had)\\s+(?:(?:now|so\\s+far|already)\\s+)?(?:been\\s+killed|killed|died)|number\\s+of\\s+(?:[\\p{L}-]+\\s+){0,3}(?:killed|wounded|injured)|(?:${anyOf(['قتل', 'قتلوا', 'مقتل', 'مقتلهم', 'لقي', 'لقوا', 'استشهد', 'استشهدوا', 'استشهاد', 'المصابين', 'الجرحى', 'أصيب', 'إصابة'])}))(?!${L})[^.;؛]{0,80}?(?<!${L})(?:since|${anyOf(['منذ'])})\\s+(?:last\\s+|${anyOf(['يوم'])}\\s+)?${WEEKDAY('day')}(?!${L})`,
  'u',
);

/**
 * The clause (in matching form) counts the dead since a weekday at least three days before `toldOn`
 * (the day the count was given): "the monitor said on Monday that 1,200 people had been killed since Thursday" sums four
 * days of violence, a figure and no incident. Not a fight's running toll since the day before
 * ("fighting … has killed 8 people since Sunday", said on Tuesday; killed-since.ts keeps it): one
 * battle still going on.
 */
export function killedSinceDaysAgo(matchText: string, toldOn: string): boolean {
  const told = KILLED_SINCE_WEEKDAY.exec(matchText);
  const day = weekdayIndex(told?.groups?.day);
  if (day < 0) return false;
  const since = lastWeekday(toldOn, day);
  return (toDate(toldOn).getTime() - toDate(since).getTime()) / 86_400_000 >= SEVERAL_DAYS;
}
