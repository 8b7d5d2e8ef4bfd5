// A city's quarter whose name the gazetteer knows only in another country.
import type { ClauseFacts } from './clause-facts.js';
import type { Building } from './incident-types.js';
import { L, anyOf } from './word-pattern.js';

/** A quarter of a city, by its word: "حي الحمدانية", "the Hamdaniya neighbourhood". */
const QUARTER = new RegExp(
  `(?<!${L})(?:${anyOf(['حي', 'بحي', 'وحي', 'لحي'])}|neighbou?rhoods?|quarter)(?!${L})`,
  'u',
);

/**
 * "…على حي الحمدانية في مدينة حلب", then "استهدفوا الأحياء السكنية في حي الحمدانية": a quarter is
 * part of the city just told; where the gazetteer reads its name as a district of another country
 * than the event just told's, that is a namesake, not another event
 * ("shells hit the X neighbourhood of Aleppo", then "in X neighbourhood": still Aleppo's).
 */
export function quarterNamesake(current: Building | undefined, facts: ClauseFacts): boolean {
  const place = facts.place;
  const here = current?.place;
  if (!place || !here || place.country === here.country) return false;
  // (the quarter's own name is that district's: "حي الحمدانية" read as Hamdaniya district)
  const district = place.district;
  if (!district) return false;
  const named = [district.ar, district.en].some(
    (n) => !!n && place.text.toLowerCase().includes(n.toLowerCase()),
  );
  return named && QUARTER.test(place.text);
}
