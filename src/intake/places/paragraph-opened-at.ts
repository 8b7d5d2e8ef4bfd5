// "In Mosul, two policemen were killed in a shooting. A bomb wounded two soldiers.": a roundup's
// paragraph that opens on its town tells the events after it there, though they name no place.
import type { ResolvedPlace } from '../../places/types.js';
import type { Building } from '../incidents/incident-types.js';
import { matchView } from '../reading/view.js';
import { opensAtPlace } from '../roundups/fronted-place.js';

/**
 * The place of an incident that names none (`b`), where the incident told just before it in its
 * paragraph (`before`, as the place context finds it) opened on its place, set before its event
 * ("In X, …", "وفي X، …"): the paragraph is the item of X, and what it tells next happened there. Not
 * where the one before named its place anywhere else (a source's place, a hospital the wounded were
 * taken to: the paragraph is no item headed by a town).
 */
export function paragraphOpenedAt(b: Building, before: Building | null): ResolvedPlace | null {
  if (b.place?.governorate || !before?.place?.governorate) return null;
  const { text, governorate } = before.place;
  const opening = matchView(before.source).text;
  return [text, governorate.en, governorate.ar].some((name) => !!name && opensAtPlace(opening, name))
    ? before.place
    : null;
}
