// A first toll that counted the attackers, then the victims told apart from them.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { sameCount, sumCounts } from '../reading/count.js';
import type { Building } from '../incidents/incident-types.js';

/**
 * "Twenty people were killed in a suicide attack…", then "Seventeen were killed along with the three
 * attackers"; "قتل 12 شخصاً بتفجير…" then "قتل عشرة مدنيين إضافة إلى الانتحاريَّين": the first toll
 * is the victims and the attackers together. The event's dead are the victims; the attackers are
 * kept apart. True where the clause's victims and attackers add up to the toll the event has.
 */
export function tollCountedAttackers(current: Building, facts: ClauseFacts): boolean {
  const { killed, attackersKilled } = facts.casualties;
  return (
    current.killed !== null &&
    current.attackersKilled === null &&
    killed !== null &&
    attackersKilled !== null &&
    sameCount(sumCounts([killed, attackersKilled]), current.killed)
  );
}
