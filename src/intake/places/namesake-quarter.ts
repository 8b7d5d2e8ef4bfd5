// A quarter of the city just told whose name the gazetteer knows elsewhere: a namesake, not another
// place ("حي السليمانية" of Aleppo; "the city's al-Rumaila district" of Raqqa).
import type { ResolvedPlace } from '../../places/types.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { L, anyOf, escapeRegExp } from '../reading/word-pattern.js';
import { QUARTER_BEFORE } from './quarter-of-city.js';

/** A quarter of a city, by its word: "حي الحمدانية", "the Hamdaniya neighbourhood". */
const QUARTER = new RegExp(
  `(?<!${L})(?:${anyOf(['حي', 'بحي', 'وحي', 'لحي'])}|neighbou?rhoods?|quarter)(?!${L})`,
  'u',
);

/**
 * "…على حي الحمدانية في مدينة حلب", then "استهدفوا الأحياء السكنية في حي الحمدانية": a quarter is
 * part of the city the article told; where the gazetteer reads its name as a district or a
 * governorate of another country than the last event placed, that is a namesake, not another event
 * ("shells hit the X neighbourhood of Aleppo", then "in X neighbourhood": still Aleppo's; "حي
 * السليمانية" of Aleppo is no Sulaymaniyah). The place of that last event; null: no such namesake.
 */
export function cityOfNamesakeQuarter(built: Building[], facts: ClauseFacts): ResolvedPlace | null {
  const here = built.findLast((b) => b.place !== null)?.place;
  if (!facts.place || !here) return null;
  return namesakeQuarter(facts.place, here) ||
    quarterNamedLikeGovernorate(facts.place, here, facts.text, facts.matchText)
    ? here
    : null;
}

/**
 * "troops fighting through the al-Qadisiya neighborhood", "سقط الآخر على منزل في منطقة القادسية": a
 * quarter named like a governorate of the same country (Iraqi cities name quarters after the
 * provinces), which the gazetteer reads as that governorate, is a quarter of the city told; a
 * governorate is never told as an area or a neighbourhood. `text` is the clause as written, `view`
 * its matching form.
 */
function quarterNamedLikeGovernorate(
  place: ResolvedPlace,
  here: ResolvedPlace,
  text: string,
  view: string,
): boolean {
  if (place.precision !== 'governorate' || place.governorate?.en === here.governorate?.en) return false;
  const name = escapeRegExp(place.text);
  const arabic = escapeRegExp(normalizeForMatch(place.text));
  return (
    new RegExp(`${name}\\s+(?:neighbou?rhood|quarter)`, 'iu').test(text) ||
    new RegExp(`(?<!${L})(?:${QUARTER_BEFORE}) ${arabic}(?!${L})`, 'u').test(view)
  );
}

/** `place` is a quarter whose name the gazetteer reads in another country than `here`. */
export function namesakeQuarter(place: ResolvedPlace, here: ResolvedPlace): boolean {
  if (place.country === here.country) return false;
  // (the quarter's own name is that district's or governorate's: "حي الحمدانية" read as Hamdaniya
  // district, "حي السليمانية" as Sulaymaniyah)
  const names = [place.district?.ar, place.district?.en, place.governorate?.ar, place.governorate?.en];
  const named = names.some((n) => !!n && place.text.toLowerCase().includes(n.toLowerCase()));
  return named && QUARTER.test(place.text);
}

/**
 * "the city's al-Rumaila district", "the city's western Jazra neighbourhood", in matching form
 * ("the city s al rumaila district": the apostrophe and the hyphen are spaces there).
 */
const THE_CITYS_QUARTER = new RegExp(
  `(?<!${L})the\\s+city\\s+s\\s+(?:\\p{L}+\\s+){1,3}(?:district|neighbou?rhood|quarter)(?!${L})`,
  'u',
);

/**
 * "A mine exploded in the city of Raqqa", then "Another mine killed a man in the city's al-Rumaila
 * district": "the city's" points back at the city just told, so a quarter's name the gazetteer
 * knows elsewhere (an oil field of Basra) is a namesake; the place is that city's.
 */
export function quarterOfTheCity(current: Building | undefined, facts: ClauseFacts): boolean {
  const here = current?.place?.governorate;
  const there = facts.place?.governorate;
  return !!here && !!there && here.en !== there.en && THE_CITYS_QUARTER.test(facts.matchText);
}
