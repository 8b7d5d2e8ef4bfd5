// "دمشق وريفها", "Damascus and its countryside": a city and the land around it, which may be a governorate of its own.
import { findPlaces } from '../../places/find.js';
import { findGovernorates } from '../../places/resolve.js';
import type { GazetteerEntry } from '../../places/types.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** "وريفها", "وضواحيها", "and its countryside", "and its suburbs", right after a place's name. */
const AND_ITS_COUNTRYSIDE = new RegExp(
  `^ ?(?:${anyOf(['وريفها', 'وضواحيها', 'ومحيطها', 'وأريافها'])}|and its (?:countryside|suburbs|outskirts|surroundings|rural areas))(?!${L})`,
  'u',
);

/**
 * The governorates a text names, counting the countryside of each "X and its countryside" as the
 * gazetteer names it ("ريف X", "X countryside"): Damascus and its countryside are two governorates
 * (Rif Dimashq is one of its own), Hama and its countryside one.
 */
export function governoratesWithCountryside(text: string): GazetteerEntry[] {
  const countrysides = findPlaces(text)
    .filter((m) => AND_ITS_COUNTRYSIDE.test(normalizeForMatch(text.slice(m.end))))
    .map((m) => (/\p{Script=Arabic}/u.test(m.text) ? `ريف ${m.text}` : `${m.text} countryside`));
  return findGovernorates([text, ...countrysides].join('; '));
}
