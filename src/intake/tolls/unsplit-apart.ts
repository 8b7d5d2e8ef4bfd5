// A roundup item told with its toll unsplit, and another item at the same place whose counts do not
// add up to it: two items, not the toll and its split.
import { addsUpToUnsplit, countedUnsplit } from '../casualties/casualty-notes.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import type { Count } from '../reading/count.js';

const counted = (killed: Count | null, wounded: Count | null): boolean => killed !== null || wounded !== null;

/**
 * "A bomb killed or wounded four people in X." as a paragraph, then "Gunmen killed a man in X." as
 * the next (or the other way round): one counts its dead or wounded, the other only an unsplit toll
 * they do not add up to — a roundup's two items, where both are items (`bothItems`: each opens a
 * paragraph of its own and neither is the lead's event). The lead's "Six soldiers were killed and
 * wounded…", then a source's "…killing one and wounding another", is that toll in parts, the rest
 * told after; so may be a toll told unsplit in a later clause of a paragraph ("…، فيما قتل وأصيب
 * تسعة بقذائف"), followed by the counts of its paragraph's other event.
 */
export function unsplitApart(earlier: Building, facts: ClauseFacts, bothItems: boolean): boolean {
  if (!bothItems) return false;
  const { killed, wounded } = facts.casualties;
  if (!counted(killed, wounded) && countedUnsplit(facts.notes) && counted(earlier.killed, earlier.wounded))
    return !addsUpToUnsplit(facts.notes, earlier.killed, earlier.wounded);
  if (!counted(earlier.killed, earlier.wounded) && countedUnsplit(earlier.checks) && counted(killed, wounded))
    return !addsUpToUnsplit(earlier.checks, killed, wounded);
  return false;
}
