import type { Place } from '../content/schema.js';
import { governorateByName } from '../places/resolve.js';
import { placeIndex } from '../places/find.js';
import { isAdmin } from '../places/hierarchy.js';
import type { GazetteerEntry } from '../places/types.js';
import { matchKey } from '../text/normalize.js';

/** Where an incident goes on a map: the most precise gazetteer place the briefing names. */
export interface Located {
  entry: GazetteerEntry;
  /** The gazetteer's id of the governorate it lies in (totals per governorate). */
  governorateId: string;
}

function named(entry: GazetteerEntry, names: readonly (string | undefined)[]): boolean {
  const keys = new Set(names.filter((n): n is string => n !== undefined).map(matchKey));
  return [...entry.names.en, ...entry.names.ar].some((n) => keys.has(matchKey(n)));
}

/** The governorate a place names, by either of its names (the English one is canonical). */
export function governorateOfPlace(place: Place): GazetteerEntry | undefined {
  const name = place.governorate;
  if (name === null) return undefined;
  const found = (name.en !== undefined ? governorateByName(name.en) : undefined) ?? (name.ar !== undefined ? governorateByName(name.ar) : undefined);
  return found !== undefined && found.country === place.country ? found : undefined;
}

/**
 * The gazetteer entry for a briefing's place: its locality or district when the gazetteer knows it
 * inside the named governorate, else the governorate. A place given only as a country (or a
 * governorate the gazetteer does not know) is not located: it is never put on a map by a guess.
 */
export function locatePlace(place: Place): Located | undefined {
  if (place.precision === 'country') return undefined;
  const governorate = governorateOfPlace(place);
  if (governorate === undefined) return undefined;
  const { entries, hierarchy } = placeIndex();
  const inGovernorate = (e: GazetteerEntry) => hierarchy.governorateOf(e)?.id === governorate.id;
  const find = (kind: GazetteerEntry['kind'], text: Place['district']) =>
    text === null
      ? undefined
      : entries.find((e): e is GazetteerEntry => isAdmin(e) && e.kind === kind && inGovernorate(e) && named(e, [text.en, text.ar]));
  const precise =
    (place.precision === 'locality' ? (find('town', place.locality) ?? find('district', place.locality)) : undefined) ??
    (place.precision !== 'governorate' ? find('district', place.district) : undefined);
  return { entry: precise ?? governorate, governorateId: governorate.id };
}
