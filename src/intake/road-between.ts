// "الطريق الدولي الرابط بين بغداد وعمّان", "the international highway linking Baghdad and Amman": a road
// named by the cities it joins lies in neither of them.
import type { PlaceResolver } from './clause-facts.js';
import type { Language } from '../content/schema.js';

const ROAD_BETWEEN =
  /(?:طريق|الطريق)(?:\s+[^\s،,.؛]+){0,2}?\s+(?:الرابط|الواصل|الذي\s+يربط)\s+(?:بين\s+)?([^\s،,.؛]+(?:\s+[^\s،,.؛و][^\s،,.؛]*)?)\s+و([^\s،,.؛]+(?:\s+[^\s،,.؛]+)?)|(?:road|highway)\s+(?:linking|connecting|between)\s+([^,.;]+?)\s+(?:and|to|with)\s+([^\s,.;]+(?:\s+[A-Z][^\s,.;]*)?)/gu;

/** "الطريق الدولي", "the international highway": a road that runs to another country. */
const INTERNATIONAL = /الدولي|international/iu;

/**
 * The clause's text (as written) less each road named by two towns that lie in different governorates
 * or, on an international road, countries: the event was somewhere along it, so neither town is its
 * place (a road between two towns of one governorate still says which one, and is kept).
 */
export function withoutCrossRoads(text: string, lang: Language, resolvePlace: PlaceResolver): string {
  if (!/طريق|road|highway/u.test(text)) return text;
  return text.replace(ROAD_BETWEEN, (road, ar1?: string, ar2?: string, en1?: string, en2?: string) => {
    const one = resolvePlace(ar1 ?? en1 ?? '', lang)?.governorate?.en;
    const other = resolvePlace(ar2 ?? en2 ?? '', lang)?.governorate?.en;
    // a town the gazetteer does not know may be in the same governorate, unless the road crosses a border
    const crosses = one && other ? one !== other : (!!one || !!other) && INTERNATIONAL.test(road);
    return crosses ? ' ' : road;
  });
}
