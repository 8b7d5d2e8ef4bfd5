// A side mourning its own dead of the event just told: the event's toll in that side's count.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { sameRange } from '../dates/event-period.js';
import { sameGovernorate } from '../places/incident-places.js';
import { withinGap } from '../incidents/incident-followups.js';
import type { Building } from '../incidents/incident-types.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "نعت الكتائب في بيان ثمانية من مقاتليها", "ونعى الحزب خمسة من عناصره": a side that grieves a count of its own — a mourning verb, then a count of its members (the
 * pronoun on them is the side's) — tells who of its own the blow just told killed, not a blow of its own.
 */
const MOURNS_OWN = new RegExp(
  `(?<!${L})(?:${anyOf(['نعت', 'ونعت', 'نعى', 'ونعى', 'تنعى', 'نعوا'])})(?!${L})[^.؛]{0,40}?(?<!${L})من\\s+[^\\s.،؛]+(?:ها|ه|هم)(?!${L})`,
  'u',
);

/**
 * The clause, told near the event just told (`last`, its dead counted), is a side mourning its own
 * counted dead, with no day, governorate or event of its own: those dead are that event's, in the
 * side's count. The first count stays; the other is shown to the editor.
 */
export function sideMournsOwnDead(
  last: Building | undefined,
  facts: ClauseFacts,
  sentenceIndex: number,
): boolean {
  if (!last || last.killed === null || facts.casualties.killed === null) return false;
  if (!withinGap(last, sentenceIndex)) return false;
  if (facts.separate || facts.another || facts.similar || facts.aggregate || facts.additional) return false;
  if (facts.eventDate && !(last.date && sameRange(facts.eventDate.date, last.date))) return false;
  if (facts.place?.governorate && last.place && !sameGovernorate(last.place, facts.place)) return false;
  return MOURNS_OWN.test(facts.matchText);
}
