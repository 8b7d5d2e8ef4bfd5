// A clause that tells again, by their definite name, the victims of the event just told.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { sameCount, spanOf, type Count } from '../reading/count.js';
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

/**
 * "وأضاف أن بين الشهداء شقيقين …، وامرأة مسنّة كانت برفقة حفيدها الذي أصيب بجروح", "Among the dead
 * were two brothers; a boy with them was wounded": who was among the victims just counted, opening
 * on "among the dead" (after the teller's words, if any).
 */
const AMONG_VICTIMS = new RegExp(
  `^["«“]?\\s*(?:و?(?:${f(['أضاف', 'قال', 'أوضح', 'أشار', 'ذكر', 'أكد'])})\\s+(?:[^\\s،,]+\\s+){0,5}?(?:${f(['إلى'])}\\s+)?(?:${f(['أن', 'إن'])})\\s+)?(?:${f(['من'])}\\s+)?(?:${f(['بين', 'ضمن'])})\\s+(?:${f(['الشهداء', 'القتلى', 'الضحايا'])})(?![\\p{L}])|^["«“]?\\s*among the (?:dead|victims|killed)(?![\\p{L}])`,
  'u',
);

/**
 * A clause of a sentence (`sentence`, in matching form) that opens on who was among the victims of
 * `current`, with no day or governorate of its own and counts within its toll: whatever count it
 * gives (a grandson "who was wounded", in the clause after the comma) is of those already counted,
 * not another event.
 */
export function amongVictimsTold(sentence: string, current: Building, facts: ClauseFacts): boolean {
  if (facts.separate || facts.another || facts.eventDate || facts.place?.governorate) return false;
  if (!AMONG_VICTIMS.test(sentence)) return false;
  const within = (x: Count | null, total: Count | null): boolean =>
    x === null || (total !== null && spanOf(x).high <= spanOf(total).high);
  return (
    (current.killed !== null || current.wounded !== null) &&
    within(facts.casualties.killed, current.killed) &&
    within(facts.casualties.wounded, current.wounded)
  );
}
