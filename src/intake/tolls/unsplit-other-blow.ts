// "…مقتل مواطن برصاص مسلحين في بلدة X، وقتل وجرح 4 عناصر جراء انفجار عبوة ناسفة قرب مدينة Y": a toll
// told unsplit, after an event that counted its own dead or wounded, by a blow of another kind at a
// town of its own — the next item of a roundup, not more victims of the event before.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { countedUnsplit } from '../casualties/casualty-notes.js';

/**
 * The clause tells only an unsplit count ("قتل وجرح 4") with a blow it names, of another kind than
 * the event told (a bomb after a shooting), at a town the gazetteer knows and the event was not told
 * at, while that event counted its killed or wounded apart: another event.
 */
const nameOf = (locality: { en?: string; ar?: string } | null): string | null =>
  locality?.en ?? locality?.ar ?? null;

export function unsplitTollOfOtherBlow(current: Building, facts: ClauseFacts): boolean {
  const place = facts.place;
  return (
    countedUnsplit(facts.notes) &&
    facts.casualties.killed === null &&
    facts.casualties.wounded === null &&
    (current.killed !== null || current.wounded !== null) &&
    facts.eventNamed &&
    facts.event !== null &&
    facts.event.type !== current.event.type &&
    !!place?.governorate &&
    place.precision !== 'governorate' &&
    !!place.locality &&
    nameOf(place.locality) !== nameOf(current.place?.locality ?? null)
  );
}
