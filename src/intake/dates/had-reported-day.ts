// "وكان المرصد السوري قد نشر يوم السبت الفائت أن ثلاثة رعاة أصيبوا", "The monitor had reported on
// Saturday that two shepherds were wounded": an event known only by a report the source had given
// before the news, told in the pluperfect. The report's day bounds the event: it happened by then
// (reported-before.ts), not on the day of the news the article tells.
import { normalizeForMatch } from '../../text/normalize.js';
import type { DateMention } from '../reading/types.js';
import { CLAUSE_HEAD, L, anyOf } from '../reading/word-pattern.js';
import type { DateValue } from './date-values.js';
import { sameRange } from './event-period.js';
import { reportedBefore } from './reported-before.js';

/** "وكان المرصد قد …", "had reported", "had said": a teller's report set before the news. */
const HAD_TOLD = new RegExp(
  `${CLAUSE_HEAD}(?:${anyOf(['وكان', 'وكانت', 'كان', 'كانت'])})\\s+(?:\\S+\\s+){1,7}?${normalizeForMatch('قد')}\\s|(?<!${L})had\\s+(?:reported|said|announced|documented|recorded)(?!${L})`,
  'u',
);

/** What `hadReportedDay` reads of a clause's facts. */
export interface ReportedClause {
  matchText: string;
  eventDate: DateMention | null;
  reportingDate: DateMention | null;
  casualties: { killed: unknown; wounded: unknown; attackersKilled: unknown };
}

/**
 * The event date of a clause with casualties and no day of its own, told as a report given earlier
 * in the pluperfect: from the day before the report to its day (the span a report told over a span
 * came out in). Not where the report's day is the
 * day of the event told before (`told`): that is the earlier count of the same event.
 */
export function hadReportedDay(
  facts: ReportedClause,
  told: DateValue | null,
  published: string,
): DateMention | null {
  const report = facts.reportingDate;
  if (facts.eventDate || !report) return null;
  // (militants killed are its dead too: "وكانت الخلية قد أعلنت يوم الخميس الماضي مقتل أربعة إرهابيين")
  const { killed, wounded, attackersKilled } = facts.casualties;
  if (killed === null && wounded === null && attackersKilled === null) return null;
  if (!HAD_TOLD.test(facts.matchText) || (told && sameRange(told, report.date))) return null;
  // (a report of one day allows the day before it; one told over a span, "مطلع الشهر الجاري", holds the event)
  const date =
    report.date.from === report.date.to
      ? reportedBefore(report.date, published)
      : report.date.to < published
        ? report.date
        : null;
  return date ? { ...report, date, role: 'event' } : null;
}
