// "…وإصابة 11", then "استقبل المشفى تسعة جرحى، فيما نقل جريحان آخران إلى المشفى الفرنسي": the toll
// told again in parts, not two more wounded.
import type { Casualties } from '../casualties/casualties.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';

/**
 * The clause counts "others" of one kind ("two other wounded were taken to the French hospital")
 * after the clause before in its sentence counted a part of the same kind ("the hospital received
 * nine wounded"), and the two make the incident's toll of that kind (nine and two, the eleven told):
 * the toll told again in parts (by hospital, by side), the others others than that part, not more
 * victims. `before`: the casualties of the clause before in the same sentence, which the incident
 * took in (it holds the sentence).
 */
export function restOfTollInParts(
  hit: Building | undefined,
  facts: ClauseFacts,
  before: Casualties | null,
  sentenceIndex: number,
): boolean {
  if (!hit || !before || !facts.additional || !hit.sentences.includes(sentenceIndex)) return false;
  if (facts.eventDate || facts.separate || facts.another || facts.place?.governorate) return false;
  const { killed, wounded } = facts.casualties;
  const kind = killed === null ? 'wounded' : wounded === null ? 'killed' : null;
  if (!kind) return false;
  const rest = facts.casualties[kind];
  const part = before[kind];
  const toll = hit[kind];
  return (
    typeof rest === 'number' &&
    typeof part === 'number' &&
    typeof toll === 'number' &&
    part < toll &&
    part + rest === toll
  );
}
