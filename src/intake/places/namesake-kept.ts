// "…on the road between Tal Rifaat and Ahras, in the Shahba region north of Aleppo", then "Turkish
// drone strikes on the Shahba region have become more frequent": a name the article once placed, by
// its bearing from a city, in another governorate than the gazetteer's place of that name is the same
// namesake when named bare later (a reporter glosses a place once).
import type { Language } from '../../content/schema.js';
import { namesakesTold } from '../../places/resolve.js';
import type { PlaceResolver } from '../incidents/clause-facts.js';

/** `resolve`, keeping in the article's governorate the namesakes its `texts` placed. */
export function keepingNamesakes(resolve: PlaceResolver, texts: readonly string[]): PlaceResolver {
  const namesakes = texts.flatMap(namesakesTold);
  if (namesakes.length === 0) return resolve;
  return (text: string, lang: Language) => {
    const place = resolve(text, lang);
    const kept =
      place &&
      namesakes.find(
        (n) =>
          place.governorate?.en === n.from &&
          (place.district?.en === n.name || place.locality?.en === n.name),
      );
    return place && kept
      ? {
          ...place,
          governorate: kept.to,
          district: null,
          locality: { [lang]: place.text },
          precision: 'locality',
        }
      : place;
  };
}
