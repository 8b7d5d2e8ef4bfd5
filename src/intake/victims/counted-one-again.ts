// "مقتل مدني وعنصر", then "أن المدني قتل برصاصة طائشة": one of the victims counted, told again.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { matchView } from '../reading/view.js';
import { L, anyOf, escapeRegExp } from '../reading/word-pattern.js';

/** "أن المدني قتل", "إن الشاب أصيب": a noun with the article, right before a singular verb of harm. */
const DEFINITE_HIT_AR = new RegExp(
  `(?<!${L})(?:${anyOf(['أن', 'إن', 'بأن'])})\\s+${anyOf(['ال'])}(\\p{L}{2,})\\s+(?:${anyOf(['قد'])}\\s+)?(?:${anyOf(['قتل', 'استشهد', 'أصيب', 'جرح', 'توفي', 'لقي'])})(?!${L})`,
  'u',
);

/**
 * "أسفرت عن مقتل مدني وعنصر من قوات النظام", then "وأضاف المراسل أن المدني قتل برصاصة طائشة في حي
 * كذا" (killing a civilian and a soldier, then: the correspondent said the civilian was killed by a
 * stray bullet in X): the noun the event counted without the article, told again with it after "أن"
 * and hit in the singular, is that one of its victims — how and where he was hit, no one more (where
 * the event's count of that kind holds him). English says "the civilian" the same way, but its
 * retellings are already read as the event's (a source's account of it).
 */
export function countedOneAgain(current: Building | undefined, facts: ClauseFacts): boolean {
  if (!current || facts.separate || facts.another || facts.eventDate) return false;
  const { killed, wounded } = facts.casualties;
  const kind =
    killed === 1 && wounded === null ? 'killed' : wounded === 1 && killed === null ? 'wounded' : null;
  if (!kind || typeof current[kind] !== 'number') return false;
  const noun = DEFINITE_HIT_AR.exec(facts.matchText)?.[1];
  if (!noun) return false;
  const counted = new RegExp(`(?<!${L})[وب]?${escapeRegExp(noun)}(?!${L})`, 'u');
  return counted.test(matchView(current.source).text);
}
