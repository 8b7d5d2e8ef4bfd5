// A town named only as where a road leads: the road's end, not the spot on it where the event happened.
import type { PlaceResolver } from '../../incidents/clause-facts.js';
import type { Language } from '../../../content/schema.js';

/**
 * "a suicide bomber blew himself up at a checkpoint on the road to Baghdad, on the southern edge of
 * the city", "كمين على الطريق المؤدي إلى مدينة الرطبة": the road runs out of the town the story is
 * in towards the one it names, so that name says which way the road goes, not where the blast was
 * (the clause's place is read without it; a spot told beside it, "near Dibis", stays).
 */
const ROAD_LEADS_TO =
  /(?<![\p{L}])(?:road|highway|motorway|expressway)\s+(?:(?:leading|that\s+leads|running|that\s+runs)\s+)?to(?:\s+the)?(?:\s+(?:city|town|village)\s+of)?\s+(?:(?:al|el|Al|El)-)?[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*){0,2}|(?:الطريق|طريق)\s+(?:(?:المؤدي|المؤدية|الواصل|الموصل)\s+)?(?:إلى|الى|نحو)\s+(?:(?:مدينة|بلدة|قرية|ناحية|قضاء)\s+)?[^\s،,.؛]+/gu;

/** "at the northern entrance of the city", "عند المدخل الشرقي للمدينة": the town the story is in, told again. */
const THE_TOWN =
  /(?<![\p{L}])the\s+(?:city|town)(?![\p{L}])|(?<![\p{L}])(?:[وفب]?ال|[وف]?لل)(?:مدينة|بلدة)(?![\p{L}])/u;

/**
 * The clause's text less the towns its roads lead to, where it tells a spot of its own beside the road
 * (a place, or the town the story is in told again). A road told alone ("a roadside bomb killed two
 * soldiers on the road to Tuz Khurmatu") keeps its end: the only place the text gives, and an
 * incident with none would be lost.
 */
export function withoutRoadEnds(text: string, lang: Language, resolvePlace: PlaceResolver): string {
  const without = text.replace(ROAD_LEADS_TO, ' ');
  if (without === text) return text;
  return THE_TOWN.test(without) || resolvePlace(without, lang) ? without : text;
}
