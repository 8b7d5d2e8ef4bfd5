// Another source's account of the event just told, in a sentence of its own.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { SUBJECT_BACK } from '../incidents/clause-links.js';
import { sameGovernorate } from '../places/incident-places.js';
import { withinGap } from '../incidents/incident-followups.js';
import type { Building } from '../incidents/incident-types.js';
import { CLAUSE_HEAD, L, anyOf } from '../reading/word-pattern.js';
import { unknownPlaceName } from '../places/unknown-place.js';
import { namedAgainAsSubject } from './subject-again.js';
import { diedInTheEvent } from './died-in-the-event.js';
import type { Language } from '../../content/schema.js';

/**
 * "في المقابل،", "من جهته،", "for its part,", "by contrast": what follows is another side's account of
 * the same thing (tellers-count.ts reads it too).
 */
export const OTHER_SIDE = new RegExp(
  `${CLAUSE_HEAD}(?:${anyOf(['في المقابل', 'وفي المقابل', 'بالمقابل', 'وبالمقابل', 'من جهته', 'من جهتها', 'من جانبه', 'من جانبها', 'بدوره', 'بدورها'])}|on the other hand|for (?:its|his|her|their) part|in turn|by contrast|in contrast)(?!${L})`,
  'u',
);

/**
 * "في المقابل، قالت الأسايش إن التفجير أدى إلى مقتل أربعة" after a hospital's six dead; "من جهته،
 * قال المرصد إن الضربات استهدفت مواقع قرب الكسوة، وأسفرت عن مقتل ثلاثة" after a military source's
 * two: a source that tells the event just told by its definite name as the subject of what it did,
 * with no day of its own, gives that event in its own figures, to the end of its sentence — no second
 * event, whatever toll it gives. Where it names a spot, only a sentence set against the account
 * before ("on the other hand", "for its part") says so: "the shelling hit a home in X, killing four"
 * after a lead's nine is one of the places the lead sums.
 */
export function sourcesAccount(
  last: Building | undefined,
  facts: ClauseFacts,
  sentenceIndex: number,
  lang: Language,
): boolean {
  return (
    !!last &&
    facts.sourced &&
    (SUBJECT_BACK.test(facts.matchText) ||
      namedAgainAsSubject(facts.matchText) ||
      // ("من جهته، قال ضابط إن ثمانية قتلوا في الانفجارين": the dead of the event, by its name: died-in-the-event.ts)
      (OTHER_SIDE.test(facts.matchText) && diedInTheEvent(facts.matchText))) &&
    withinGap(last, sentenceIndex) &&
    !facts.separate &&
    !facts.another &&
    !facts.similar &&
    !facts.eventDate &&
    (OTHER_SIDE.test(facts.matchText)
      ? !facts.place?.governorate || sameGovernorate(last.place, facts.place)
      : !facts.place?.governorate && unknownPlaceName(facts.text, lang) === null)
  );
}
