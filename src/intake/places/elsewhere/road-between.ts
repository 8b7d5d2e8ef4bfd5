// "الطريق الدولي الرابط بين بغداد وعمّان", "the international highway linking Baghdad and Amman": a road
// (or a border crossing, or a pipeline: "أنبوب ينقل المشتقات بين بيجي وكركوك", "the Kirkuk-Baiji
// pipeline") named by the cities it joins lies in neither of them.
import type { PlaceResolver } from '../../incidents/clause-facts.js';
import type { Language } from '../../../content/schema.js';

const ROAD_BETWEEN =
  /(?:طريق|الطريق)(?:\s+[^\s،,.؛]+){0,2}?\s+(?:الرابط|الواصل|الذي\s+يربط)\s+(?:بين\s+)?([^\s،,.؛]+(?:\s+[^\s،,.؛و][^\s،,.؛]*)?)\s+و([^\s،,.؛]+(?:\s+[^\s،,.؛]+)?)|(?:road|highway|pipeline)\s+(?:linking|connecting|between)\s+([^,.;]+?)\s+(?:and|to|with)\s+([^\s,.;]+(?:\s+[A-Z][^\s,.;]*)?)|(?:طريق|الطريق|معبر|المعبر|منفذ|المنفذ|أنبوب|الأنبوب|انبوب|الانبوب)(?:\s+(?:السريع|الدولي|العام|الحدودي))?\s+([^\s،,.؛–-]+(?:\s+[^\s،,.؛–-]+)?)\s*[-–]\s*([^\s،,.؛()]+(?:\s+[^\s،,.؛()و][^\s،,.؛()]*)?)|(?<![\p{L}])([A-Z][\p{L}'’]+)\s?[-–]\s?([A-Z][\p{L}'’]+)\s+(?:highway|road|motorway|expressway|border\s+crossing|crossing|pipeline)|(?:أنبوب|الأنبوب|انبوب|الانبوب|أنبوبا)(?:\s+[^\s،,.؛]+){0,4}?\s+بين\s+([^\s،,.؛]+)\s+و([^\s،,.؛]+)|(?:طريق|الطريق)(?:\s+(?:الرئيسي|الرئيس|السريع|الدولي|العام|الخارجي))?\s+بين\s+(?:مدينتي\s+)?([^\s،,.؛]+)\s+و([^\s،,.؛]+)/gu;

/** "الواقعة على الطريق …": a town glossed by the road it lies on. */
const LIES_ON = /(?<![\p{L}])(?:الواقعة|الواقع|تقع|يقع|واقعة|واقع)\s+على\s+(?:ال)?طريق/u;

/** "الطريق الدولي", "the international highway", a border crossing: a road that runs to another country. */
const INTERNATIONAL = /الدولي|international|معبر|منفذ|crossing/iu;

/**
 * The clause's text (as written) less each road named by two towns that lie in different governorates
 * or, on an international road, countries: the event was somewhere along it, so neither town is its
 * place (a road between two towns of one governorate still says which one, and is kept).
 */
export function withoutCrossRoads(text: string, lang: Language, resolvePlace: PlaceResolver): string {
  if (!/طريق|road|highway|motorway|expressway|معبر|منفذ|crossing|أنبوب|انبوب|pipeline/u.test(text))
    return text;
  // (or named by its two ends with a dash: "طريق بغداد – كركوك", "the Baghdad-Karbala highway"; so is
  // a border crossing, named by the towns on either side: "معبر القائم – البوكمال", "the Qaim-Bukamal crossing")
  // (or told bare as "between", with no verb of linking, "الطريق الرئيسي بين بغداد وسامراء قرب بلدة
  // X": blanked only where the clause still names a governorate's spot along it — a road retaken, "استعادت
  // السيطرة على الطريق الدولي بين X وY", may be all it says of where)
  let bare = false;
  const blanked = text.replace(ROAD_BETWEEN, (road, ...ends: (string | undefined)[]) => {
    const at = [0, 2, 4, 6, 8, 10].find((i) => ends[i]);
    const [first, second] = at === undefined ? [] : [ends[at], ends[at + 1]];
    const one = resolvePlace(first ?? '', lang)?.governorate?.en;
    const other = resolvePlace(second ?? '', lang)?.governorate?.en;
    // a town the gazetteer does not know may be in the same governorate, unless the road crosses a border
    const crosses = one && other ? one !== other : (!!one || !!other) && INTERNATIONAL.test(road);
    if (crosses && at === 10) bare = true;
    return crosses ? ' ' : road;
  });
  // (a town told as lying on the road, "المدينة الواقعة على الطريق الدولي بين دمشق وحلب", is the town
  // told before, and the road its gloss: blanked whatever is left)
  if (!bare || LIES_ON.test(text) || resolvePlace(blanked, lang)?.governorate) return blanked;
  return text.replace(ROAD_BETWEEN, (road, ...ends: (string | undefined)[]) =>
    ends[10] ? road : withoutCrossRoads(road, lang, resolvePlace),
  );
}
