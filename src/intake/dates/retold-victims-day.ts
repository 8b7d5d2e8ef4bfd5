// The day a source's retelling gives an event the lead told by its reporting day only.
import { addDays } from './calendar.js';
import type { DateValue } from './date-values.js';

/** How far before the report a day told in the retelling may lie and still be the event's. */
const WEEK = 7;

/**
 * "أفاد مصدر، الثلاثاء، بأن مسلحين قتلوا مزارعاً ونجله", then "وقال المصدر إن مسلحين اقتحموا مساء أمس
 * الاثنين بستاناً …، ما أدى إلى مقتلهما": the lead tells the deed with the day it was reported and no
 * day of its own; the source's retelling of the same victims gives the day they were killed. That day
 * (one day, or a night over two) is the event's where it lies in the week up to the report (not a
 * background year, not after the news). `day` is the retelling clause's own day, or the one an
 * earlier clause of its sentence told.
 */
export function dayOfRetoldVictims<D extends { date: DateValue }>(
  eventDay: DateValue | null,
  reporting: DateValue | null,
  told: D | null,
  published: string,
): D | null {
  if (eventDay || !told) return null;
  const day = told.date;
  const reported = reporting?.to ?? published;
  if (day.to > addDays(day.from, 1)) return null;
  return day.to <= reported && day.from >= addDays(reported, -WEEK) ? told : null;
}
