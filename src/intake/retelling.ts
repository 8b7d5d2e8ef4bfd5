// A clause that tells again, by their definite name, the victims of the event just told.
import type { ClauseFacts } from './clause.js';
import { sameCount } from './count.js';
import type { Building } from './incident-types.js';
import { anyOf as f } from './word-pattern.js';

/**
 * "The children, two brothers and their cousin, were killed when…", "The victims were…", "القتلى
 * هم…", "والضحايا الثلاثة…": the subject points back at people already counted.
 */
const VICTIMS_AGAIN = new RegExp(
  `^["«“]?\\s*(?:the|these|those)\\s+(?:[\\p{L}-]+\\s+)?(?:children|victims|dead|men|women|boys|girls|soldiers|civilians|policemen|fighters|workers|farmers|shepherds)(?![\\p{L}])|^["«“]?\\s*و?(?:${f(['القتلى', 'الضحايا', 'الأطفال', 'الضحيتان', 'القتيلان', 'الجرحى'])})(?![\\p{L}])`,
  'u',
);

/**
 * The clause (in matching form) retells the victims of `current`: it opens with them by their
 * definite name and its toll is the same (a toll of one kind only, the kind told before).
 */
export function retellsVictims(matchText: string, current: Building, facts: ClauseFacts): boolean {
  if (facts.separate || facts.another || facts.eventDate) return false;
  if (!VICTIMS_AGAIN.test(matchText)) return false;
  const { killed, wounded } = facts.casualties;
  if (killed === null && wounded === null) return false;
  const agrees = (x: typeof killed, y: typeof killed): boolean =>
    x === null || (y !== null && sameCount(x, y));
  return agrees(killed, current.killed) && agrees(wounded, current.wounded);
}
