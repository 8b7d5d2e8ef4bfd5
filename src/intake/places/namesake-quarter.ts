// A quarter of the city just told whose name the gazetteer knows elsewhere: a namesake, not another
// place ("حي السليمانية" of Aleppo; "the city's al-Rumaila district" of Raqqa).
import type { ResolvedPlace } from '../../places/types.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { L, anyOf, escapeRegExp } from '../reading/word-pattern.js';
import { QUARTER_BEFORE, quarterOfCityTold } from './quarter-of-city.js';
import { bearingFromTownTold, spotFromTownTold } from './bearing-from-town.js';
import { sameGovernorate } from './incident-places.js';
import { isOrdinaryWordName } from '../../places/ordinary-word-name.js';
import { namesAGovernorate, namesItsCapital } from '../../places/governorates.js';
import { toldAsHeldQuarter } from './held-quarter.js';

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
 * (A quarter told before any event was placed is a quarter of the city of the title: "ألغام الرقة"
 * in the title, then "في حي الرميلة", no Rumaila of Basra.)
 */
export function cityOfNamesakeQuarter(
  built: Building[],
  facts: ClauseFacts,
  titlePlace: ResolvedPlace | null,
): ResolvedPlace | null {
  const last = built.findLast((b) => b.place !== null);
  if (!facts.place) return null;
  const here = last?.place ?? titlePlace;
  if (!here) return null;
  return namesakeQuarter(facts.place, here, facts.text) ||
    quarterNamedLikeGovernorate(facts.place, here, facts.text, facts.matchText) ||
    (last?.place && quarterNamedLikeTown(facts.place, last, facts.matchText)) ||
    (last && quarterToldBefore(facts.place, last)) ||
    (last?.place && quarterOffTheCity(facts.place, last.place, facts.matchText))
    ? here
    : null;
}

/**
 * "…على حي طريق الباب شرقي مدينة حلب", then "وفي حي صلاح الدين جنوب غربي المدينة، تتواصل اشتباكات …
 * من محور الحمدانية": a clause that tells its quarter by its bearing from "the city" is in the city
 * the event before told, so a place of another country it names (a governorate, a district of Iraq
 * named like Aleppo's quarters) is a namesake. So is a subdistrict or a village named right before
 * its bearing from the city ("…وسط مدينة الحلة، فيما أصيب شخصان في ناحية جبلة شمال شرقي المدينة": no
 * Jableh of Latakia). `view`: the clause's matching form.
 */
function quarterOffTheCity(place: ResolvedPlace, here: ResolvedPlace, view: string): boolean {
  return (
    place.country !== here.country &&
    ((QUARTER.test(view) && bearingFromTownTold(view)) || spotFromTownTold(view))
  );
}

/**
 * "…بالقذائف على حي الحمدانية في مدينة حلب", then "أطلقوا القذائف على المنازل السكنية في الحمدانية":
 * a quarter the event before told as one of its city's, named again bare, is still that quarter,
 * not the namesake the gazetteer knows in another country (Hamdaniya of Nineveh).
 */
function quarterToldBefore(place: ResolvedPlace, before: Building): boolean {
  const here = before.place;
  if (!here || place.country === here.country || sameGovernorate(place, here)) return false;
  return quarterOfCityTold(normalizeForMatch(before.source), place.text, before.source);
}

/**
 * "…انفجرت سيارة مفخخة في سوق بحي الأمين", then "وبعد ساعتين انفجرت عبوة قرب مقهى في منطقة
 * الوليد": a town of another governorate whose name is also a common word or a family name, told
 * bare as an area or a quarter after an event told in a city, is that city's quarter of the name
 * (a town elsewhere is told with its district or governorate). `view`: the clause's matching form.
 */
function quarterNamedLikeTown(place: ResolvedPlace, before: Building, view: string): boolean {
  const here = before.place;
  if (!here || !place.locality?.en || !place.locality.ar || sameGovernorate(place, here)) return false;
  return (
    isOrdinaryWordName(place.text) && quarterOfCityTold(view, place.text, `${here.text} ${before.source}`)
  );
}

/**
 * "troops fighting through the al-Qadisiya neighborhood", "سقط الآخر على منزل في منطقة القادسية": a
 * quarter named like a governorate of the same country (Iraqi cities name quarters after the
 * provinces), which the gazetteer reads as that governorate, is a quarter of the city told; a
 * governorate is never told as an area or a neighbourhood (nor as "the X district" where X is not its
 * capital's name: "fighting in the Muthanna district" of Tikrit). `text` is the clause as written,
 * `view` its matching form.
 */
function quarterNamedLikeGovernorate(
  place: ResolvedPlace,
  here: ResolvedPlace,
  text: string,
  view: string,
): boolean {
  if (!place.governorate || place.governorate.en === here.governorate?.en) return false;
  // (a district or a town of the gazetteer is no governorate's name)
  if (place.district || (place.locality?.en && place.locality.ar)) return false;
  // (the name as told, without the word for a quarter the resolver may have kept with it)
  const told = place.text.replace(/\s+(?:district|neighbou?rhood|quarter)$/iu, '');
  const toldArabic = normalizeForMatch(place.text).replace(new RegExp(`^(?:${QUARTER_BEFORE}) `, 'u'), '');
  // (and the name a governorate's own, not a quarter of a town the gazetteer knows, told with it)
  if (!namesAGovernorate(told) && !namesAGovernorate(toldArabic)) return false;
  const after = namesItsCapital(told) ? 'neighbou?rhood|quarter' : 'neighbou?rhood|quarter|district';
  // (not "the Aleppo neighbourhood of al-Midan": a quarter word with "of" and a name after it makes
  // the governorate's name the city the quarter lies in, spot-in-container.ts)
  return (
    new RegExp(`${escapeRegExp(told)}\\s+(?:${after})(?!${L})(?!\\s+of(?!${L}))`, 'iu').test(text) ||
    new RegExp(`(?<!${L})(?:${QUARTER_BEFORE}) ${escapeRegExp(toldArabic)}(?!${L})`, 'u').test(view)
  );
}

/**
 * "the government-held districts of al-Mogambo, X and al-Midan", "أحياء الميدان وX والسليمانية": a
 * list of a city's quarters opened by the plural word for them or its dual ("حيي الخالدية وX"), or
 * closed by it ("the X and Bab Amr districts", the last name of up to three words); each name in it
 * is a quarter.
 */
const listOfQuarters = (name: string): RegExp =>
  new RegExp(
    `(?<!${L})(?:(?:neighbou?rhoods|quarters|districts)\\s+of|أحياء|الأحياء|بأحياء|حيي|بحيي|وحيي)\\s+(?:[\\p{L}'’-]+\\s*(?:,|،|\\band\\b|و)\\s*){0,5}${escapeRegExp(name)}(?!${L})|(?<!${L})${escapeRegExp(name)}\\s*(?:,|،|\\band\\b|و)\\s*(?:[\\p{L}'’-]+\\s*(?:,|،|\\band\\b|و)\\s*){0,5}?(?:[\\p{L}'’-]+\\s+){1,3}(?:neighbou?rhoods|quarters|districts)(?!${L})`,
    'iu',
  );

/**
 * "in al-Sulaymaniyah, a predominantly Christian neighborhood", "in al-Midan, one of the city's oldest
 * quarters": a name followed by a phrase that tells what it is, a quarter.
 */
const quarterInApposition = (name: string): RegExp =>
  new RegExp(
    `(?<!${L})${escapeRegExp(name)}\\s*,\\s+(?:an?|the|one\\s+of\\s+the)\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?:neighbou?rhoods?|quarters?|districts?)(?!${L})`,
    'iu',
  );

/**
 * `place` is a quarter whose name the gazetteer reads in another country than `here`: told as a
 * quarter in its own words, in a phrase set beside it, or as one of the quarters `clause` lists.
 */
export function namesakeQuarter(place: ResolvedPlace, here: ResolvedPlace, clause = ''): boolean {
  if (place.country === here.country) return false;
  // (the quarter's own name is that town's, district's or governorate's: "حي الحمدانية" read as
  // Hamdaniya district, "حي السليمانية" as Sulaymaniyah, "حي الخالدية" as a town of Anbar)
  const names = [
    place.locality?.ar,
    place.locality?.en,
    place.district?.ar,
    place.district?.en,
    place.governorate?.ar,
    place.governorate?.en,
  ];
  const named = names.some((n) => !!n && place.text.toLowerCase().includes(n.toLowerCase()));
  return (
    named &&
    (QUARTER.test(place.text) ||
      townToldAsDistrict(place) ||
      listOfQuarters(place.text).test(clause) ||
      quarterInApposition(place.text).test(clause) ||
      toldAsHeldQuarter(place.text, clause))
  );
}

/**
 * "in the Khalidiya district" where the gazetteer knows Khalidiya as a town, no district: English copy
 * calls a city's quarter its "district", so a town's name told so is a quarter of that name (an
 * administrative district is told by a district's own name: "the Qaim district").
 */
function townToldAsDistrict(place: ResolvedPlace): boolean {
  const town = place.locality?.en;
  return (
    !!town &&
    place.precision === 'locality' &&
    new RegExp(`${escapeRegExp(town.replace(/^al-/iu, ''))}\\s+district$`, 'iu').test(place.text)
  );
}
