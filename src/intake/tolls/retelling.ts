// A clause that tells again, by their definite name, the victims of the event just told.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { sameCount } from '../reading/count.js';
import type { Building } from '../incidents/incident-types.js';
import { anyOf as f } from '../reading/word-pattern.js';

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

/** "Most of the victims were women and children…", "ومعظم الضحايا من النساء": who the counted victims were. */
const VICTIMS_DESCRIBED = new RegExp(
  `^["«“]?\\s*(?:most|many|all|some|half) of the (?:victims|dead|wounded|casualties)(?![\\p{L}])|^["«“]?\\s*و?(?:${f(['معظم', 'أغلب', 'غالبية', 'جميع'])})\\s+(?:${f(['الضحايا', 'القتلى', 'الجرحى', 'المصابين'])})(?![\\p{L}])`,
  'u',
);

/**
 * The clause (in matching form) tells who the victims just counted were, with no count of its own:
 * whatever fighting or place it names is theirs, not another event.
 */
export function describesVictims(matchText: string, facts: ClauseFacts): boolean {
  const { killed, wounded, attackersKilled } = facts.casualties;
  return killed === null && wounded === null && attackersKilled === null && VICTIMS_DESCRIBED.test(matchText);
}
