import { matchKey } from '../text/normalize.js';
import { findPlacesWith, placeIndex } from './find.js';
import { isAdmin } from './hierarchy.js';
import type { GazetteerEntry } from './types.js';

/** The governorates a sentence's places lie in, in order of first mention, without repeats. */
export function findGovernorates(sentence: string): GazetteerEntry[] {
  const index = placeIndex();
  const found = new Map<string, GazetteerEntry>();
  for (const mention of findPlacesWith(index, sentence)) {
    if (!isAdmin(mention.entry)) continue;
    const governorate = index.hierarchy.governorateOf(mention.entry);
    if (governorate !== undefined && !found.has(governorate.id)) found.set(governorate.id, governorate);
  }
  return [...found.values()];
}

const GOVERNORATE_WORDS = /\b(province|governorate)\b|محافظ[ةه]/giu;

/**
 * A governorate from a name a user typed (`/follow kirkuk`, `/follow كركوك`, "Mosul", "iq-anbar"):
 * its id, any spelling of it, or of its capital city.
 */
export function governorateByName(name: string): GazetteerEntry | undefined {
  const index = placeIndex();
  const key = matchKey(name.replace(GOVERNORATE_WORDS, ' '));
  if (key === '') return undefined;
  const id = name.trim().toLowerCase();
  const named = (entry: GazetteerEntry): boolean =>
    entry.id === id || [...entry.names.en, ...entry.names.ar].some((n) => matchKey(n) === key);
  const governorates = index.entries.filter((e): e is GazetteerEntry => e.kind === 'governorate');
  return (
    governorates.find(named) ??
    governorates.find((g) => {
      const capital = g.capital === undefined ? undefined : index.hierarchy.byId.get(g.capital);
      return capital !== undefined && isAdmin(capital) && named(capital);
    })
  );
}

/** Whether `name` is one of a governorate's own names ("Qadisiya", "المثنى"), not only its capital's. */
export function namesAGovernorate(name: string): boolean {
  const key = matchKey(name);
  return placeIndex().entries.some(
    (e) => e.kind === 'governorate' && [...e.names.en, ...e.names.ar].some((n) => matchKey(n) === key),
  );
}

/**
 * Whether `name`, a governorate's, is its capital city's name too ("Kirkuk", "Basra"; Baghdad, a
 * governorate with no other capital), not only the province's ("Qadisiya", whose capital is
 * Diwaniyah; "Nineveh", Mosul's): "the Kirkuk district" is that city's district, "the Qadisiya
 * district" a quarter named after the province.
 */
export function namesItsCapital(name: string): boolean {
  const governorate = governorateByName(name);
  if (!governorate) return false;
  const capital = governorate.capital && placeIndex().hierarchy.byId.get(governorate.capital);
  if (!capital || !isAdmin(capital)) return true;
  const key = matchKey(name);
  return [...capital.names.en, ...capital.names.ar].some((n) => matchKey(n) === key);
}
