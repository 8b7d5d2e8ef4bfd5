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
 * "the countryside west of", "the rural areas around", "ريف غربي": the countryside of the place named
 * right after.
 */
const COUNTRYSIDE_OF = new RegExp(
  `(?:(?<!${L})(?:countryside|rural areas)(?: (?:north|south|east|west|northwest|northeast|southwest|southeast) of| of| around)|(?<!${L})(?:${anyOf(['ريف'])})(?: (?:${anyOf(['شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي'])}))?) ?$`,
  'u',
);

/** ", and in the capital itself", "والعاصمة", "وفي المدينة": the city of a countryside just named, told by its common noun. */
const AND_THE_CITY = new RegExp(
  `^,? ?(?:and (?:in )?the (?:capital|city)|${anyOf(['والعاصمة', 'وفي العاصمة', 'والمدينة', 'وفي المدينة'])})(?!${L})`,
  'u',
);

/**
 * The city of a countryside a text names, then names again by its common noun ("in the countryside
 * west of Aleppo and in the city itself", "in Homs countryside and the city", "في ريف حلب والمدينة"):
 * the name of the city, whose governorate is told beside its countryside's.
 */
function cityAfterItsCountryside(text: string): string[] {
  return findPlaces(text)
    .filter((m) => AND_THE_CITY.test(normalizeForMatch(text.slice(m.end))))
    .flatMap((m) => {
      const city = m.text.replace(/^ريف\s+|\s+countryside$/iu, '');
      const before = normalizeForMatch(text.slice(0, m.start));
      return city !== m.text || COUNTRYSIDE_OF.test(before)
        ? [city, city !== m.text ? m.text : `${city} countryside`]
        : [];
    });
}

/**
 * The governorates a text names, counting the countryside of each "X and its countryside" as the
 * gazetteer names it ("ريف X", "X countryside"): Damascus and its countryside are two governorates
 * (Rif Dimashq is one of its own), Hama and its countryside one.
 */
export function governoratesWithCountryside(text: string): GazetteerEntry[] {
  const countrysides = findPlaces(text)
    .filter((m) => AND_ITS_COUNTRYSIDE.test(normalizeForMatch(text.slice(m.end))))
    .map((m) => (/\p{Script=Arabic}/u.test(m.text) ? `ريف ${m.text}` : `${m.text} countryside`));
  return findGovernorates([text, ...countrysides, ...cityAfterItsCountryside(text)].join('; '));
}
