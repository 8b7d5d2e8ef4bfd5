// Whether two places of incidents are one spot, another spot, or a sharper telling of the same one.
import { normalizeForMatch } from '../../text/normalize.js';
import type { ResolvedPlace } from '../../places/types.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { offCity } from './off-city.js';
import { spotOf } from './district-seat.js';
import { countedUnsplit } from '../casualties/casualty-notes.js';

/**
 * A place named by pointing back at the one told before: "في القرية نفسها", "at the same checkpoint",
 * "in the same mountain range", "on the same base", "in the area" (the area just told, where it names
 * none of its own).
 */
export const SAME_PLACE =
  /(?:^|[^\p{L}])(?:في|ب|قرب|على)\s*ال[\p{L}]+\s+(?:نفسها|نفسه|ذاتها|ذاته)(?![\p{L}])|(?:^|[^\p{L}])(?:in|at|near|on) the same (?:area|town|village|city|(?:sub[- ]?)?district|region|province|governorate|spot|place|checkpoint|post|outpost|base|compound|camp|road|highway|street|market|neighbou?rhood|quarter|valley|desert|(?:mountain )?range|mountains?)(?![\p{L}])|(?:^|[^\p{L}])(?:in|near) the area(?!\s+(?:of|around)(?![\p{L}]))(?![\p{L}])/iu;
/** A place told as near the one before: "القرية القريبة", "البلدة المجاورة", "a nearby village". */
export const NEARBY = /(?<![\p{L}])(?:القريبة|القريب|المجاورة|المجاور|nearby|neighbou?ring)(?![\p{L}])/u;
/**
 * A clause opening at a village or town told as near the one before, by name or not: "وفي قرية حاس
 * المجاورة، …", "In a nearby village, …" (not a hospital "in the nearby area" told later in it).
 */
export const NEARBY_SPOT =
  /^\s*["«“]?\s*(?:و?في|و?ب|in|at)\s+(?:(?:قرية|بلدة|ناحية|منطقة|حي)\s+(?:[\p{L}]+\s+){0,2}?(?:المجاورة|المجاور|القريبة|القريب)(?![\p{L}])|(?:the|a)\s+(?:nearby|neighbou?ring)\s+(?:village|town))/u;
/**
 * A village or town named as near the one before anywhere in the clause: "shelling also hit the
 * nearby village of X, killing two", "سقطت قذيفة على قرية X المجاورة" (a hospital "in the nearby
 * area" names no village).
 */
export const NEARBY_VILLAGE =
  /(?:(?:قرية|بلدة|مدينة)\s+(?:[\p{L}]+\s+){0,2}?(?:المجاورة|القريبة)(?![\p{L}])|(?:the|a)\s+(?:nearby|neighbou?ring)\s+(?:village|town)\s+of\s)/u;
/** "سقط ٥ مدنيين بين قتيل وجريح": a toll told unsplit, with its number, is casualties of its own. */
export const unsplitToll = (facts: ClauseFacts): boolean => countedUnsplit(facts.notes);
const PRECISION_RANK = { locality: 0, district: 1, governorate: 2, country: 3 } as const;

/** The words of one place's text inside the other's ("بعقوبة", "قرب بعقوبة"). */
export function namesOneAnother(a: string, b: string): boolean {
  const words = (s: string): string =>
    ` ${normalizeForMatch(s)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `;
  const x = words(a);
  const y = words(b);
  return x.trim() !== '' && y.trim() !== '' && (x.includes(y) || y.includes(x));
}

export function sameGovernorate(a: ResolvedPlace | null, b: ResolvedPlace | null): boolean {
  return !!a?.governorate?.en && a.governorate.en === b?.governorate?.en;
}

/**
 * Back to a place told before: the same governorate, and nothing that tells the two apart — another
 * district or spot, or casualties of its own where one of them names only the governorate.
 */
export function samePlace(earlier: Building, place: ResolvedPlace | null, facts: ClauseFacts): boolean {
  const known = earlier.place;
  if (!sameGovernorate(known, place) || !known || !place) return false;
  const text = (p: ResolvedPlace, key: 'district' | 'locality'): string | null =>
    p[key]?.en ?? p[key]?.ar ?? null;
  const a = text(known, 'district');
  const b = text(place, 'district');
  if (a && b && a !== b) return false;
  // (the district's own town named as a town is another spot than a village of it)
  const spotA = spotOf(known);
  const spotB = spotOf(place);
  if (spotA && spotB && spotA !== spotB) return false;
  const ownCasualties =
    facts.casualties.killed !== null || facts.casualties.wounded !== null || unsplitToll(facts);
  const earlierCasualties = earlier.killed !== null || earlier.wounded !== null;
  return !(ownCasualties && earlierCasualties && (!text(known, 'district') || !text(place, 'district')));
}

/**
 * Two places of one governorate told apart by their districts or their towns, both from the
 * gazetteer (named in both languages): "east of Nasiriyah" and "east of the city of Nasiriyah" are
 * one spot told in other words.
 */
export function otherSpot(a: ResolvedPlace, b: ResolvedPlace): boolean {
  if (!sameGovernorate(a, b)) return false;
  const differ = (x: ResolvedPlace['district'], y: ResolvedPlace['district']): boolean =>
    !!x?.en && !!x.ar && !!y?.en && !!y.ar && x.en !== y.en;
  return differ(a.district, b.district) || differ(a.locality, b.locality);
}

/** A later mention sharpens the place only inside what is already known (same governorate and district). */
export function refines(known: ResolvedPlace | null, next: ResolvedPlace): boolean {
  if (!known?.governorate) return true;
  // "south of Damascus", then "in al-Kiswah": a spot named gives the governorate a side of a city only guessed
  if (offCity(known) && !offCity(next) && known.governorate.en !== next.governorate?.en) return true;
  if (known.governorate.en !== next.governorate?.en) return false;
  if (known.district && known.district.en !== next.district?.en) return false;
  return PRECISION_RANK[next.precision] < PRECISION_RANK[known.precision];
}
