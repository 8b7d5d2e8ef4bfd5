// A source's figure told as lower or higher than the one just given: the same event, in its figures.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { sameRange } from '../dates/event-period.js';
import { sameGovernorate } from '../places/incident-places.js';
import { withinGap } from '../incidents/incident-followups.js';
import type { Building } from '../incidents/incident-types.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "The health directorate gave a lower figure of four dead", "the ministry put the toll higher, at
 * 11", "وأوردت مديرية الصحة حصيلة أقل": a figure weighed against one told already is a count of
 * the same dead, not of other ones.
 */
const WEIGHED = new RegExp(
  `(?<!${L})(?:(?:a|an) (?:lower|higher|smaller|larger|different|conflicting) (?:figure|toll|death toll|tally|count|number|estimate)|(?:put|puts|putting|gave|gives) the (?:death )?toll (?:lower|higher))(?!${L})|(?<!${L})(?:${anyOf(['حصيلة', 'رقما', 'رقماً', 'عددا', 'عدداً'])}) (?:${anyOf(['أقل', 'أدنى', 'أعلى', 'أكبر', 'مختلفة', 'مختلفا', 'مختلفاً', 'مغايرة'])})(?!${L})`,
  'u',
);

/**
 * The toll the clause weighs against the one of the event just told (a sentence or two before, which
 * told a toll): that event in that source's figures, where it names no other day and no other
 * governorate (the source's own name may carry the event's: "Dhi Qar's health directorate") and
 * tells no other event (another, similar, a total).
 */
export function otherFigureOfTold(
  last: Building | undefined,
  facts: ClauseFacts,
  sentenceIndex: number,
): boolean {
  if (!last || !withinGap(last, sentenceIndex)) return false;
  if (last.killed === null && last.wounded === null) return false;
  if (facts.casualties.killed === null && facts.casualties.wounded === null) return false;
  if (facts.separate || facts.another || facts.similar || facts.aggregate) return false;
  if (facts.eventDate && !(last.date && sameRange(facts.eventDate.date, last.date))) return false;
  if (facts.place?.governorate && !sameGovernorate(last.place, facts.place)) return false;
  return WEIGHED.test(facts.matchText);
}
