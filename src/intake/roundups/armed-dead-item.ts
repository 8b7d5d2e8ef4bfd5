// "- تلعفر: استهدف طيران التحالف تجمعاً لمسلحي التنظيم …، ما أسفر عن مقتل نحو ١٥ مسلحاً": a list
// item whose only dead are the armed men its blow was aimed at.
import type { ClauseFacts } from '../incidents/clause-facts.js';

/**
 * The clause counts armed men killed and no one else (its casualty reader sets them apart as attackers
 * killed): in a roundup's list of the dead, such an item is one of its own as much as one that counts
 * civilians (the heading's total counts them too), never more of the lead it sits under.
 */
export function countsArmedDead(facts: Pick<ClauseFacts, 'casualties'>): boolean {
  const { killed, wounded, attackersKilled } = facts.casualties;
  return killed === null && wounded === null && attackersKilled !== null;
}
