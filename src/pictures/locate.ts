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

/** Districts and towns by (kind, governorate id, normalised name): built once, on first use. */
let byName: Map<string, GazetteerEntry> | undefined;

function lookupKey(kind: GazetteerEntry['kind'], governorateId: string, name: string): string {
  return `${kind}|${governorateId}|${matchKey(name)}`;
}

function nameIndex(): Map<string, GazetteerEntry> {
  if (byName) return byName;
  const { entries, hierarchy } = placeIndex();
  byName = new Map();
  for (const entry of entries) {
    if (!isAdmin(entry) || entry.kind === 'governorate') continue;
    const governorate = hierarchy.governorateOf(entry);
    if (governorate === undefined) continue;
    for (const name of [...entry.names.en, ...entry.names.ar]) {
      const key = lookupKey(entry.kind, governorate.id, name);
      // The first entry keeps a name two places share.
      if (!byName.has(key)) byName.set(key, entry);
    }
  }
  return byName;
}

/** Governorate names already looked up (briefings repeat a few dozen names): the lookup is the costly part. */
const governorates = new Map<string, GazetteerEntry | undefined>();

/** The governorate a place names, by either of its names (the English one is canonical). */
export function governorateOfPlace(place: Place): GazetteerEntry | undefined {
  const name = place.governorate;
  if (name === null) return undefined;
  const key = `${place.country}|${name.en ?? ''}|${name.ar ?? ''}`;
  if (governorates.has(key)) return governorates.get(key);
  const found =
    (name.en !== undefined ? governorateByName(name.en) : undefined) ??
    (name.ar !== undefined ? governorateByName(name.ar) : undefined);
  const result = found !== undefined && found.country === place.country ? found : undefined;
  // Content is bounded, but a flood of made-up names must not grow this without end.
  if (governorates.size >= 10_000) governorates.clear();
  governorates.set(key, result);
  return result;
}

/**
 * The gazetteer entry for a briefing's place: its locality or district when the gazetteer knows it
 * inside the named governorate, else the governorate. A place given only as a country (or a
 * governorate the gazetteer does not know) is not located: it is never put on a map by a guess.
 */
export function locatePlace(place: Place): Located | undefined {
  const key = JSON.stringify(place);
  if (located.has(key)) return located.get(key);
  const result = locateUncached(place);
  if (located.size >= 10_000) located.clear();
  located.set(key, result);
  return result;
}

/** Places already located: the /incidents view asks for every incident on every view. */
const located = new Map<string, Located | undefined>();

function locateUncached(place: Place): Located | undefined {
  if (place.precision === 'country') return undefined;
  const governorate = governorateOfPlace(place);
  if (governorate === undefined) return undefined;
  const index = nameIndex();
  const find = (kind: GazetteerEntry['kind'], text: Place['district']) =>
    text === null
      ? undefined
      : [text.en, text.ar]
          .flatMap((name) =>
            name === undefined ? [] : (index.get(lookupKey(kind, governorate.id, name)) ?? []),
          )
          .at(0);
  const precise =
    (place.precision === 'locality'
      ? (find('town', place.locality) ?? find('district', place.locality))
      : undefined) ?? (place.precision !== 'governorate' ? find('district', place.district) : undefined);
  return { entry: precise ?? governorate, governorateId: governorate.id };
}
