// A side's claim of what its own fighters killed in the event just told: its figure, no event of its own.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { sameRange } from '../dates/event-period.js';
import { sameGovernorate } from '../places/incident-places.js';
import { withinGap } from '../incidents/incident-followups.js';
import type { Building } from '../incidents/incident-types.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { statesNeutralised } from '../casualties/neutralised.js';

const CLAIM_AR = anyOf(['زعم', 'وزعم', 'زعمت', 'وزعمت', 'ادعى', 'وادعى', 'ادعت', 'وادعت']);
const OWN_MEN_AR = anyOf(['مقاتليه', 'عناصره', 'مسلحيه', 'مقاتليها', 'عناصرها', 'مسلحيها']);

/**
 * "the group claimed its fighters had killed 40 soldiers", "the militia said its men killed 12",
 * "وزعم التنظيم أن مقاتليه قتلوا 40 جندياً": a side's claim of what its own men killed — a figure
 * it gives of the fighting, not a count anyone could check.
 */
const OWN_MEN_KILLED = new RegExp(
  `(?<!${L})(?:claimed|claims|said|says|alleged)\\s+(?:that\\s+)?(?:its|their)\\s+(?:${L}+\\s+)?(?:fighters|men|members|militants|forces|troops|units)\\s+(?:had\\s+|have\\s+)?(?:killed|wounded)(?!${L})|(?<!${L})(?:${CLAIM_AR})\\s+(?:[^\\s،,.]+\\s+){0,3}?(?:${anyOf(['أن', 'بأن'])})\\s+(?:${OWN_MEN_AR})\\s+(?:${anyOf(['قتلوا', 'قتل', 'أصابوا'])})(?!${L})`,
  'u',
);

/**
 * "and claimed 30 soldiers were killed", "claimed to have killed 30 troops", "وزعم التنظيم مقتل 20
 * عنصراً", "وادعت الجماعة أن 15 جندياً قتلوا": a count of dead governed by a verb of claiming — what
 * the side that struck says it did, which no one has checked (not "claimed responsibility for the
 * attack, which killed 12": the claim is of the deed, the toll is the event's).
 */
const CLAIMED_DEAD = new RegExp(
  `(?<!${L})(?:claimed|claims|alleged)\\s+(?:that\\s+)?(?:to\\s+have\\s+killed|(?:[^\\s,.;]+\\s+){1,4}?(?:were|had\\s+been|have\\s+been)\\s+killed)(?!${L})|(?<!${L})(?:${CLAIM_AR})\\s+(?:[^\\s،,.]+\\s+){0,4}?(?:${anyOf(['مقتل', 'قتل', 'قتلوا', 'بمقتل'])})(?!${L})`,
  'u',
);

/**
 * The clause gives a side's claim of the dead its own men made, or of the dead it claims, a few
 * sentences after `last` told the toll of the fighting, with no day, governorate or event of its
 * own: that fighting in the claimant's figures (the toll told first stays; the claim is shown to
 * the editor), not a second event.
 */
export function claimedKillsOfTold(
  last: Building | undefined,
  facts: ClauseFacts,
  sentenceIndex: number,
): boolean {
  if (!last || !withinGap(last, sentenceIndex)) return false;
  if (last.killed === null && last.wounded === null) return false;
  const neutralised = statesNeutralised(facts);
  if (facts.casualties.killed === null && facts.casualties.wounded === null && !neutralised) return false;
  if (facts.separate || facts.another || facts.similar || facts.aggregate) return false;
  if (facts.eventDate && !(last.date && sameRange(facts.eventDate.date, last.date))) return false;
  if (facts.place?.governorate && last.place?.governorate && !sameGovernorate(last.place, facts.place))
    return false;
  // (or the side that struck tells the enemy it neutralised, at the event's place, after it: "قالت
  // وزارة الدفاع التركية إنها حيدت 4 إرهابيين في سنجار" after the strike told on Sinjar; not a
  // statement made before the event told, which cannot be of it)
  return (
    OWN_MEN_KILLED.test(facts.matchText) ||
    CLAIMED_DEAD.test(facts.matchText) ||
    (neutralised && !statedBefore(last, facts))
  );
}

/** The clause was said on a day before the event told began. */
function statedBefore(last: Building, facts: ClauseFacts): boolean {
  return !!facts.reportingDate && !!last.date && facts.reportingDate.date.to < last.date.from;
}
