// A spot a clause names that the incident's place does not.
import { detectLanguage } from '../article/language.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { namesOneAnother } from './incident-places.js';
import { unknownPlaceName } from './unknown-place.js';

/**
 * The spot a clause names finer than a governorate: the place the gazetteer resolved, where it knows
 * it so finely, else a name it does not know ("وفي حي X،", "in the city's X district"), kept as text —
 * a quarter the gazetteer knows only by its city's name is still a spot of its own.
 */
export function spotNamed(facts: ClauseFacts): string | null {
  return facts.place && facts.place.precision !== 'governorate' && facts.place.precision !== 'country'
    ? facts.place.text
    : unknownPlaceName(facts.text, detectLanguage(facts.text));
}

/**
 * The clause names a spot the incident's place does not ("…من عناصره أصيبوا إثر غارة استهدفت مركزه في
 * حي الأنصاري", "Two bombs in the city's X district wounded 11"), one the place or the words the
 * incident was told in do not name.
 */
export function spotOfItsOwn(b: Building, facts: ClauseFacts): boolean {
  const spot = spotNamed(facts);
  return spot !== null && !namesOneAnother(b.placeName ?? b.place?.text ?? b.source, spot);
}
