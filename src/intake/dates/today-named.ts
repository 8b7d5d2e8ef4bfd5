// "اليوم السبت" in a paper of Sunday: the day a quoted statement called today.
import { addDays, weekday } from './calendar.js';
import { day, relativeDay, type DateContext, type DateValue } from './date-values.js';

/**
 * "وقالت الوزارة في بيان إن المسلحين نصبوا كميناً فجر اليوم السبت" in the next morning's paper: a
 * statement put out the evening before, quoted as it was written, calls its own day today; the
 * weekday it names, the day before the news, is that day, not the news' own. Any other weekday
 * beside "اليوم" is no day the copy can mean, and today stays the news' day.
 */
export function todayNamed(relative: string, weekdayNamed: number, ctx: DateContext): DateValue {
  const dayBefore = addDays(ctx.published, -1);
  return weekday(ctx.published) !== weekdayNamed && weekday(dayBefore) === weekdayNamed
    ? day(dayBefore)
    : relativeDay(relative, ctx);
}
