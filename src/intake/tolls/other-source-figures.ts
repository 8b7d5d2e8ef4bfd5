// Another source's figures of the event just told, announced as such: what it counts is that event.
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
 * "The SDF gave a different account.", "the rebels offered a conflicting version", "وقدّمت قسد رواية
 * مغايرة", "في رواية مختلفة": the teller's words that follow are another side's account of the event
 * just told — not a second event, whatever toll they give.
 */
const OTHER_ACCOUNT = new RegExp(
  `(?<!${L})(?:different|differing|conflicting|contradictory|contrasting|competing|opposing|rival)\\s+(?:account|version|narrative|story)(?!${L})|(?<!${L})(?:${anyOf(['رواية', 'روايه'])})\\s+(?:${anyOf(['مختلفة', 'مغايرة', 'مناقضة', 'مخالفة', 'أخرى', 'مضادة'])})(?!${L})`,
  'u',
);

/**
 * Whether the clause may tell the event just told (a sentence or two before) again: it tells
 * casualties, names no other day and no other governorate (the source's own name may carry the
 * event's: "Dhi Qar's health directorate") and tells no event of its own (another, similar, a total).
 */
function mayRetellLast(last: Building | undefined, facts: ClauseFacts, sentenceIndex: number): boolean {
  if (!last || !withinGap(last, sentenceIndex)) return false;
  if (facts.casualties.killed === null && facts.casualties.wounded === null) return false;
  if (facts.separate || facts.another || facts.similar || facts.aggregate) return false;
  if (facts.eventDate && !(last.date && sameRange(facts.eventDate.date, last.date))) return false;
  return !(facts.place?.governorate && !sameGovernorate(last.place, facts.place));
}

/** The clause weighs its toll against the one of the event just told, which told a toll. */
export function otherFigureOfTold(
  last: Building | undefined,
  facts: ClauseFacts,
  sentenceIndex: number,
): boolean {
  if (!mayRetellLast(last, facts, sentenceIndex)) return false;
  if (last!.killed === null && last!.wounded === null) return false;
  return WEIGHED.test(facts.matchText);
}

/**
 * The clause tells casualties in the account the words before it announced as another side's
 * (`before`: the sentence before and this sentence up to the clause, in matching form): "…gave a
 * different account. It said … two civilians were killed" after the ministry's one dead.
 */
export function toldInOtherAccount(
  last: Building | undefined,
  facts: ClauseFacts,
  before: string,
  sentenceIndex: number,
): boolean {
  return mayRetellLast(last, facts, sentenceIndex) && OTHER_ACCOUNT.test(before);
}
