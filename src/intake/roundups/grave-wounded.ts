// The wounded of an article about a mass grave: no grave holds them.
import type { ClauseFacts } from '../incidents/clause-facts.js';

/**
 * "A third fighter was wounded.", "أصيب عنصر ثالث": a clause that tells only wounded, in an article
 * whose lead tells of a mass grave, counts the living — they are not the grave's victims, so the
 * clause with no day of its own goes on with the event told before it, not with the grave.
 */
export function woundedOnly(facts: ClauseFacts): boolean {
  const { killed, wounded, attackersKilled } = facts.casualties;
  return wounded !== null && killed === null && attackersKilled === null;
}
