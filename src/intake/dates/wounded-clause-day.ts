// The day of a toll told in the clause of its wounded, after the dead, in the same sentence.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { anyOf } from '../reading/word-pattern.js';
import { longerThanNight } from './event-period.js';

/** A clause that goes on with the wounded: "وجرح العشرات", "وأصيب آخرون", "وإصابة العشرات". */
const WOUNDED_GO_ON = new RegExp(
  `^\\s*(?:${anyOf(['وجرح', 'وجرحت', 'وأصيب', 'وأصيبت', 'وإصابة', 'وجرحى'])})(?![\\p{L}])`,
  'u',
);

/**
 * "قتل 56 مدنياً على الأقل، بينهم 11 طفلاً، وجرح العشرات، فجر أمس الثلاثاء، بغارات للتحالف على
 * قرية…": Arabic copy tells the dead, then the wounded it gives no number for, then the day and the
 * blow; the clause of the wounded splits off the day, which is the day of the dead told just before
 * in the same sentence (the incident begun there, still undated), not an event of its own.
 */
export function datesDeadOfSentence(
  last: Building,
  facts: ClauseFacts,
  sentence: number,
  nth: number,
): boolean {
  return (
    nth > 0 &&
    last.sentences.length === 1 &&
    last.sentences[0] === sentence &&
    last.killed !== null &&
    facts.casualties.killed === null &&
    facts.casualties.wounded === null &&
    !!facts.eventDate &&
    !longerThanNight(facts.eventDate.date) &&
    !facts.separate &&
    !facts.another &&
    !facts.similar &&
    !facts.aggregate &&
    WOUNDED_GO_ON.test(facts.matchText)
  );
}
