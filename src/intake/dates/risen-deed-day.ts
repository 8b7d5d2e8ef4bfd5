// The day a source gives the deed whose risen toll a lead told only by the day it was reported.
import { addDays } from './calendar.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';

/** How many days before the rise was reported the deed told with it may have been done. */
const DAYS_BEFORE_REPORTED = 2;

/**
 * "أفاد مصدر، الأربعاء، بارتفاع حصيلة التفجير إلى سبعة قتلى", then "وقال المصدر إن انتحارية فجرت
 * نفسها عصر أمس الثلاثاء، ما أسفر عن مقتل أربعة، مبيناً أن الحصيلة ارتفعت إلى سبعة" ("The toll of the
 * bombing rose to seven, a source said on Wednesday", then "a bomber blew herself up on Tuesday
 * afternoon… the toll has risen to seven"): the rise told again with the day the deed was done, at
 * most two days before the report and not after it, dates the event the lead had only the report's
 * day for. Returns that day, or null (the clause's day is the rise's own where rise-day.ts left it).
 */
export function dayOfRisenDeed(last: Building, facts: ClauseFacts): ClauseFacts['eventDate'] {
  const day = facts.eventDate?.date;
  const reported = last.reporting;
  if (last.date || !reported || !day) return null;
  return day.to <= reported.from && day.from >= addDays(reported.from, -DAYS_BEFORE_REPORTED)
    ? facts.eventDate
    : null;
}
