// A ruling's lead dates the deed it judged, then the court's findings tell its toll with no day.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { hasCasualties } from '../incidents/incident-bounds.js';

/**
 * In a ruling's article, the lead's conviction dates the deed without its toll ("…بعد إدانتهم بتنفيذ
 * التفجيرات التي ضربت المدينة في الحادي عشر من تشرين الثاني من العام الماضي"), and the findings then
 * tell its toll with no day of their own ("…ما أسفر عن استشهاد ستة مدنيين"): that toll is of the day
 * the conviction told, not of one a later sentence gives the arrest or the trial ("ألقت القبض عليهم
 * في كانون الثاني"). `judgedDay` is the day a conviction told before any incident was drafted (null
 * where the toll's own sentence gave a day: that day is the deed's, as told there).
 */
export function dayOfJudgedDeed(
  judgedDay: ClauseFacts['eventDate'],
  facts: ClauseFacts,
  drafted: number,
): ClauseFacts['eventDate'] {
  return judgedDay && drafted === 0 && facts.eventDate === null && hasCasualties(facts) ? judgedDay : null;
}
