// A lower count told after the toll the article says has risen: the count before it rose.
import type { ClauseFacts } from './clause-facts.js';
import { spanOf } from './count.js';
import { sameGovernorate } from './incident-places.js';
import type { Building } from './incident-types.js';
import { tellsRisenToll } from './toll-update.js';
import { matchView } from './view.js';

/**
 * "The toll of the attack has risen to eight", then "Six people were killed in the first assault"
 * ("ارتفعت حصيلة الهجوم إلى ثمانية" then "وكان ستة قد قتلوا في الهجوم"): the dead of the same event
 * before it rose, not another event — where the clause has no other day, place or cue of its own.
 */
export function countBeforeRise(current: Building, facts: ClauseFacts): boolean {
  const { killed, wounded } = facts.casualties;
  if (killed === null || current.killed === null || wounded !== null) return false;
  if (facts.separate || facts.another || facts.eventDate) return false;
  if (facts.place?.governorate && !sameGovernorate(current.place, facts.place)) return false;
  if (spanOf(killed).high >= spanOf(current.killed).low) return false;
  return tellsRisenToll(matchView(current.source).text);
}
