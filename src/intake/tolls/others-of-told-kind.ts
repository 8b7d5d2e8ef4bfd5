// "وفي تل أبيض، قتل ستة مدنيين، وجرح 12 آخرون، أمس السبت، جراء انفجار عند مدخل المدينة من جهة قرية
// X": the "others" a later clause of the sentence counts, of the kind the clause before did not, are
// the wounded (or dead) beside the ones just counted, of the same event — the spot it names sharper
// and the day it gives are that event's, never another event's at another spot (incidents.ts).
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { countsOthers } from '../incidents/clause-links.js';
import type { Building } from '../incidents/incident-types.js';
import { sameGovernorate } from '../places/incident-places.js';
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * "…، فيما أصيب ٤ آخرون بقصف على أطراف مدينة X", "while four others were wounded in Y": hit at the
 * same time, in a blow of their own.
 */
const WHILE_OPENING = new RegExp(
  `^["«“]?\\s*(?:${f(['فيما', 'بينما', 'في حين'])}|while|whereas)(?!${L})`,
  'u',
);

/**
 * `otherKindTold`: the sentence so far counted only the kind this clause does not; the incident just
 * told was opened by this sentence (`sentenceIndex`), not one a clause of it went back to.
 */
export function othersOfToldKind(
  clauseText: string,
  otherKindTold: boolean,
  current: Building | undefined,
  facts: ClauseFacts,
  sentenceIndex: number,
): boolean {
  const { killed, wounded } = facts.casualties;
  return (
    otherKindTold &&
    current?.sentences[0] === sentenceIndex &&
    (killed === null) !== (wounded === null) &&
    !facts.separate &&
    !facts.another &&
    // (at a spot the gazetteer does not know, or one in the governorate of the event told)
    (!facts.place?.governorate || sameGovernorate(current.place, facts.place)) &&
    !WHILE_OPENING.test(clauseText) &&
    countsOthers(clauseText)
  );
}
