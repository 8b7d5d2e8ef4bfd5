// "A border guard and two smugglers were killed in a firefight", then "One guard and two smugglers
// were killed, and a second guard was wounded": the fight's toll, both sides summed, told again side
// by side (the armed men read as attackers apart from the guard) — no more dead, and no other event;
// the wounded the second telling adds are the fight's.
// (English copy only: an Arabic side's own account, "استشهاد اثنين من مقاتليها و\"تحييد\" خمسة", is another
// teller's, kept apart.)
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { namesBlowOfItsOwn } from '../events/blow-of-its-own.js';
import { spanOf, type Count } from '../reading/count.js';
import { withinGap } from '../incidents/incident-followups.js';
import { toldAsFight } from './fight-sides.js';

/** An exact count's number (no range, no hedge told as a span). */
const exact = (count: Count | null): number | null => {
  if (count === null) return null;
  const { low, high } = spanOf(count);
  return low === high ? low : null;
};

/**
 * The event, told as a fight, counted its dead (exact) with no attackers apart; the clause, a few
 * sentences on, with no day or blow of its own, counts dead and attackers (exact) that add up to
 * that toll: the same toll told again by side.
 */
export function sidesToldAgain(event: Building, facts: ClauseFacts, sentenceIndex: number): boolean {
  const toll = exact(event.killed);
  const killed = exact(facts.casualties.killed);
  const attackers = exact(facts.casualties.attackersKilled);
  return (
    toll !== null &&
    killed !== null &&
    attackers !== null &&
    killed > 0 &&
    attackers > 0 &&
    killed + attackers === toll &&
    event.attackersKilled === null &&
    withinGap(event, sentenceIndex) &&
    !facts.eventDate &&
    !namesBlowOfItsOwn(facts.matchText) &&
    toldAsFight(event)
  );
}
