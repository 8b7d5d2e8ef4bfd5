// "…وإصابة 11", then "استقبل المشفى تسعة جرحى، فيما نقل جريحان آخران إلى المشفى الفرنسي": the toll
// told again in parts, not two more wounded.
import type { Casualties } from '../casualties/casualties.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { deadCountedAs } from '../attackers/dead-counted-as.js';

/**
 * The clause counts "others" of one kind ("two other wounded were taken to the French hospital")
 * after the clause before in its sentence counted a part of the same kind ("the hospital received
 * nine wounded"), and the two make the incident's toll of that kind (nine and two, the eleven told):
 * the toll told again in parts (by hospital, by side), the others others than that part, not more
 * victims. So are the dead of a strike on militants told again as bodies found and others believed
 * buried ("the bodies of five militants were found, and three others are believed buried", after
 * "eight militants killed"): where the incident's dead are the militants, a part counted as
 * militants killed is a part of its dead. `before`: the casualties of the clause before in the same
 * sentence, which the incident took in (it holds the sentence).
 */
export function restOfTollInParts(
  hit: Building | undefined,
  facts: ClauseFacts,
  before: Casualties | null,
  sentenceIndex: number,
): boolean {
  if (!hit || !before || !facts.additional || !hit.sentences.includes(sentenceIndex)) return false;
  if (facts.eventDate || facts.separate || facts.another || facts.place?.governorate) return false;
  // (where the incident's dead are the militants it killed, the militants a part counts are of its dead)
  const counted = (c: Casualties): Casualties => deadCountedAs(hit, c);
  const { killed, wounded } = counted(facts.casualties);
  const kind = killed === null ? 'wounded' : wounded === null ? 'killed' : null;
  if (!kind) return false;
  const rest = counted(facts.casualties)[kind];
  const part = counted(before)[kind];
  const toll = hit[kind];
  return (
    typeof rest === 'number' &&
    typeof part === 'number' &&
    typeof toll === 'number' &&
    part < toll &&
    part + rest === toll
  );
}
