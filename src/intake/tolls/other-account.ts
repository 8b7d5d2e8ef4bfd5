// A source announced as telling the event its own way: what it says next is that event, in its figures.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { withinGap } from '../incidents/incident-followups.js';
import type { Building } from '../incidents/incident-types.js';
import { sameRange } from '../dates/event-period.js';
import { sameGovernorate } from '../places/incident-places.js';
import { L, anyOf } from '../reading/word-pattern.js';

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
 * The clause tells casualties in the account the words before it announced as another side's
 * (`before`: the sentence before and this sentence up to the clause, in matching form): "…gave a
 * different account. It said … two civilians were killed" after the ministry's one dead — the event
 * just told (`last`), where it names no other day or governorate and no event of its own kind
 * (another, similar, a total).
 */
export function toldInOtherAccount(
  last: Building | undefined,
  facts: ClauseFacts,
  before: string,
  sentenceIndex: number,
): boolean {
  if (!last || !withinGap(last, sentenceIndex)) return false;
  if (facts.casualties.killed === null && facts.casualties.wounded === null) return false;
  if (facts.separate || facts.another || facts.similar || facts.aggregate) return false;
  if (facts.eventDate && !(last.date && sameRange(facts.eventDate.date, last.date))) return false;
  if (facts.place?.governorate && !sameGovernorate(last.place, facts.place)) return false;
  return OTHER_ACCOUNT.test(before);
}
