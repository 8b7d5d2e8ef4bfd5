// The event just told, named again by its day as the owner: "Last Friday's blast was the deadliest".
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { CLAUSE_HEAD, L } from '../reading/word-pattern.js';

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)';
const BLOWS =
  '(?:blast|explosion|bombing|attack|strike|airstrike|raid|ambush|clash|clashes|shooting|killing|killings|assault)';

/**
 * "Last Friday's blast", "Sunday's bombing", "yesterday's attack" (the owner's "'s" a lone "s" in
 * matching form), opening the clause: the blow named by its day, as the subject of what is said of it.
 */
const OWNED_BLOW = new RegExp(
  `${CLAUSE_HEAD}(?:the )?(?:last )?${WEEKDAY}(?:['’]|\\s)s ${BLOWS}(?!${L})`,
  'u',
);

/**
 * "By mid-morning, two of them were dead … It exploded.", then "Last Friday's blast was the deadliest in
 * the province this year": a clause opening on a blow owned by its day, with no casualties of its own,
 * says what day the blow just told was — where the story-first telling gave none — and is no event
 * of its own.
 */
export function datesOwnedBlow(facts: ClauseFacts): boolean {
  return (
    facts.eventDate !== null &&
    facts.casualties.killed === null &&
    facts.casualties.wounded === null &&
    OWNED_BLOW.test(facts.matchText)
  );
}
