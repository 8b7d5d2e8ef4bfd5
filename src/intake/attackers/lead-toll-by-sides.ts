// "قتل 19 شخصاً بينهم خمسة جنود في معارك…", then "أسفرت عن مقتل 14 مسلحاً من داعش، فيما استشهد خمسة
// من جنودنا وأصيب 11 آخرون": the fight's toll told first as a whole, then side by side — the armed
// men it counted apart as its attackers, and the other side's dead after "فيما" — the two shares
// summing to the toll already told. The toll stays (no dead to add), the attackers are no longer set
// apart from it (they are one of its shares), and the wounded the second telling gives are the fight's.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { namesBlowOfItsOwn } from '../events/blow-of-its-own.js';
import { spanOf, type Count } from '../reading/count.js';
import { WHILE } from './doers-dead.js';

/** An exact count's number (no range, no hedge told as a span). */
const exact = (count: Count | null): number | null => {
  if (count === null) return null;
  const { low, high } = spanOf(count);
  return low === high ? low : null;
};

/**
 * The event's toll (exact) is its attackers killed (exact) and the clause's dead (exact), the clause
 * set against the one before it in the same sentence by "فيما/بينما/في حين", no attackers of its own,
 * no day and no blow of its own: the other share of the toll told before.
 */
export function leadTollBySides(event: Building, facts: ClauseFacts, sentenceIndex: number): boolean {
  const toll = exact(event.killed);
  const attackers = exact(event.attackersKilled);
  const share = exact(facts.casualties.killed);
  return (
    toll !== null &&
    attackers !== null &&
    share !== null &&
    share > 0 &&
    attackers + share === toll &&
    facts.casualties.attackersKilled === null &&
    event.sentences.includes(sentenceIndex) &&
    WHILE.test(facts.matchText) &&
    !facts.eventDate &&
    !namesBlowOfItsOwn(facts.matchText)
  );
}
