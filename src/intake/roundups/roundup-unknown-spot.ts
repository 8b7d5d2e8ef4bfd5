// A roundup item told at a place no governorate tells: still the next item, not more of the last.
import type { Language } from '../../content/schema.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { hasCasualties } from '../incidents/incident-bounds.js';
import { namesOneAnother } from '../places/incident-places.js';
import type { Building } from '../incidents/incident-types.js';
import { unknownPlaceName } from '../places/unknown-place.js';

/**
 * "Security forces killed three militants in the Hamrin Mountains", a paragraph of a roundup whose
 * lead gave the toll of them all: its own toll (its dead may be the militants alone) at a spot it
 * names that no governorate tells (a hamlet the gazetteer lacks, a range across governorates) and
 * the item before did not name — the next item, though no governorate tells it apart (the caller
 * checks the lead is a roundup's).
 */
export function roundupItemAtUnknownSpot(
  current: Building,
  facts: ClauseFacts,
  clauseText: string,
  paragraph: number,
  lang: Language,
): boolean {
  if (paragraph === current.paragraph || facts.place?.governorate || facts.refersBack) return false;
  if (!hasCasualties(facts) && facts.casualties.attackersKilled === null) return false;
  // (a place the gazetteer knows across governorates, "the Hamrin Mountains", is kept by its text)
  const name = facts.place?.text ?? unknownPlaceName(clauseText, lang);
  return name !== null && !(current.placeName && namesOneAnother(current.placeName, name));
}
