// "Mortars wounded five people. One of the wounded later died": the first dead of an event that had only wounded.
import type { Building } from './incident-types.js';

/**
 * An event told with wounded and no dead, then "one of the wounded later died" ("وتوفي أحد الجرحى
 * لاحقاً"): those who died are its killed, and leave its wounded (a wounded man who died later is
 * counted once, among the killed). Says whether it did; not where the event has dead already (they
 * are added to those) or fewer wounded than died.
 */
export function firstDeadOfWounded(hit: Building, died: number): boolean {
  if (hit.killed !== null || typeof hit.wounded !== 'number' || died > hit.wounded) return false;
  hit.killed = died;
  hit.wounded = hit.wounded > died ? hit.wounded - died : null;
  return true;
}
