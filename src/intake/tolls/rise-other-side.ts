// The other side of a toll update, told in the next clause of the same sentence.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Casualties } from '../casualties/casualties.js';
import { sameGovernorate } from '../places/incident-places.js';
import type { Building } from '../incidents/incident-types.js';

/**
 * "أفاد مدير المشفى بأن عدد القتلى ارتفع إلى 9، فيما بلغ عدد الجرحى 30", "the death toll rose to
 * nine, while the number of wounded reached 30": an update of a toll gives both sides as they stand
 * now, so the clause after the rise that counts only the side the rise left out (and names no other
 * day or governorate) is the event's figure now, not a conflicting second figure nor another event.
 * The casualties it replaces the updated incident's with, or null.
 */
export function otherSideOfRise(raised: Building, rise: Casualties, facts: ClauseFacts): Casualties | null {
  if (facts.risenTo || facts.separate || facts.eventDate || facts.aggregate || facts.diedOfWounds)
    return null;
  if (facts.place?.governorate && !sameGovernorate(raised.place, facts.place)) return null;
  const { killed, wounded, attackersKilled } = facts.casualties;
  if (attackersKilled !== null) return null;
  if (rise.wounded === null && killed === null && wounded !== null)
    return { killed: raised.killed, wounded, attackersKilled: null };
  if (rise.killed === null && wounded === null && killed !== null)
    return { killed, wounded: raised.wounded, attackersKilled: null };
  return null;
}
