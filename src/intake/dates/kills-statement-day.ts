// The day of a party's statement of the enemy it killed, where the statement gives no day of its own deed.
import type { Building } from '../incidents/incident-types.js';

/**
 * "أعلنت وزارة الدفاع، مساء أمس الاثنين، تحييد ستة إرهابيين بغارات جوية", "the ministry said on
 * Tuesday its forces had neutralised four militants": a side's statement of the militants it killed
 * (no victims told apart), dated only by when it was made. It is dated by that statement, as a
 * guess (incident-finish.ts), not by the item the article told before it: the side tells its own
 * strikes, on days of its own.
 */
export function killsDatedByStatement(b: Building): boolean {
  return !b.date && !!b.reporting && b.deadAreAttackers && b.wounded === null && b.killed !== null;
}
