// "killing at least 15 people in Khalidiya" in a story told all in Homs, "بلدة ربيعة" in one told all in
// the Latakia countryside: a town the gazetteer knows only in the other country, named in an article
// that tells nothing else of that country, is a namesake in the country the article is about (Homs's
// al-Khalidiya quarter, Rabia of Jabal al-Turkman), not a lone leap across the border.
import type { Language } from '../../content/schema.js';
import { placeIndex, scanPlaces } from '../../places/find.js';
import { isAdmin } from '../../places/hierarchy.js';
import type { Country, GazetteerEntry, ResolvedPlace } from '../../places/types.js';
import type { PlaceResolver } from '../incidents/clause-facts.js';

/** The country's name or its people's, in either language ("Iraqi", "العراقية", "Syrians", "السوري"). */
const COUNTRY_WORD: Record<Country, RegExp> = {
  IQ: /(?<!\p{L})Iraq(?:is?)?(?!\p{L})|عراق/iu,
  SY: /(?<!\p{L})Syria(?:ns?)?(?!\p{L})|سوري/iu,
};

/** The article's place names of the gazetteer, each with its governorate. */
interface Named {
  entry: GazetteerEntry;
  governorate: GazetteerEntry;
}

function namedIn(text: string): Named[] {
  const index = placeIndex();
  return scanPlaces(index, text).mentions.flatMap((m) => {
    if (!isAdmin(m.entry)) return [];
    const governorate = index.hierarchy.governorateOf(m.entry);
    return governorate ? [{ entry: m.entry, governorate }] : [];
  });
}

/** The governorate of `country` the article names most (the first named, of equals). */
function mostNamed(named: readonly Named[], country: Country): GazetteerEntry | undefined {
  const counts = new Map<string, { governorate: GazetteerEntry; count: number }>();
  for (const n of named) {
    if (n.governorate.country !== country) continue;
    const seen = counts.get(n.governorate.id) ?? { governorate: n.governorate, count: 0 };
    counts.set(n.governorate.id, { ...seen, count: seen.count + 1 });
  }
  let best: { governorate: GazetteerEntry; count: number } | undefined;
  for (const c of counts.values()) if (!best || c.count > best.count) best = c;
  return best?.governorate;
}

/**
 * `resolve`, placing a town of one country in the governorate of the other that the article (`texts`:
 * its title and sentences) names most, where the article names no other place of the town's country,
 * nor that country or its people, and names at least two places of the other.
 */
export function keepingLoneNamesakes(resolve: PlaceResolver, texts: readonly string[]): PlaceResolver {
  const named = texts.flatMap(namedIn);
  const whole = texts.join('\n');
  return (text: string, lang: Language): ResolvedPlace | null => {
    const place = resolve(text, lang);
    if (!place || place.precision !== 'locality') return place;
    const towns = namedIn(place.text);
    const country = place.country;
    if (
      towns.length === 0 ||
      towns.some((t) => t.entry.kind !== 'town' || t.governorate.country !== country)
    ) {
      return place;
    }
    const ids = new Set(towns.map((t) => t.entry.id));
    const others = named.filter((n) => !ids.has(n.entry.id));
    if (others.some((n) => n.governorate.country === country) || COUNTRY_WORD[country].test(whole))
      return place;
    const other: Country = country === 'IQ' ? 'SY' : 'IQ';
    if (others.filter((n) => n.governorate.country === other).length < 2) return place;
    const governorate = mostNamed(others, other);
    return governorate
      ? {
          ...place,
          country: other,
          governorate: { en: governorate.names.en[0]!, ar: governorate.names.ar[0]! },
          district: null,
          locality: { [lang]: place.text },
          precision: 'locality',
        }
      : place;
  };
}
