// "…on the road between Tal Rifaat and Ahras, in the Shahba region north of Aleppo", then "Turkish
// drone strikes on the Shahba region have become more frequent": a name the article once placed, by
// its bearing from a city, in another governorate than the gazetteer's place of that name is the same
// namesake when named bare later (a reporter glosses a place once). So is a name it once told as a
// quarter of a city of the other country: "حي صلاح الدين جنوب غربي مدينة حلب", then "في صلاح الدين"
// (and "معارك صلاح الدين" in the title).
import type { Language } from '../../content/schema.js';
import type { ResolvedPlace } from '../../places/types.js';
import { namesakesTold } from '../../places/resolve.js';
import type { PlaceResolver } from '../incidents/clause-facts.js';

/** A place, kept in the article's governorate where it names a namesake the article placed. */
export type NamesakeKeeper = (place: ResolvedPlace | null, lang: Language) => ResolvedPlace | null;

/** The keeper of the namesakes `texts` placed (the identity where they place none). */
export function namesakeKeeper(texts: readonly string[]): NamesakeKeeper {
  const namesakes = texts.flatMap(namesakesTold);
  return (place, lang) => {
    // (a namesake of a governorate is its bare name, nothing finer told: "في صلاح الدين")
    const kept =
      place &&
      namesakes.find(
        (n) =>
          place.governorate?.en === n.from &&
          (place.district?.en === n.name ||
            place.locality?.en === n.name ||
            (n.name === n.from && !place.district && !place.locality)),
      );
    return place && kept
      ? {
          ...place,
          country: kept.country,
          governorate: kept.to,
          district: null,
          locality: { [lang]: place.text },
          precision: 'locality',
        }
      : place;
  };
}

/** `resolve`, keeping in the article's governorate the namesakes `keep` knows. */
export const keepingNamesakes =
  (resolve: PlaceResolver, keep: NamesakeKeeper): PlaceResolver =>
  (text, lang) =>
    keep(resolve(text, lang), lang);
