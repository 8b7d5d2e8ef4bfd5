// A quarter told inside "the city" the story is in, whose name the gazetteer knows as a quarter or a
// market of another governorate's city: Iraqi and Syrian cities share their quarters' names.
import type { ResolvedPlace } from '../../places/types.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { L, anyOf, escapeRegExp } from '../reading/word-pattern.js';
import { QUARTER_BEFORE } from './quarter-of-city.js';
import { findGovernorates } from '../../places/governorates.js';

/** "وداخل المدينة", "في المدينة", "وسط المدينة", "inside the city", "in the city": the city just told. */
const THE_CITY = new RegExp(
  `(?<!${L})(?:(?:${anyOf(['داخل', 'وداخل', 'في', 'وفي', 'وسط', 'ووسط', 'أحياء', 'احياء'])}) ${normalizeForMatch('المدينة')}|(?:inside|in|within|across) the city)(?!${L})(?! of)`,
  'u',
);

/**
 * "a suicide bomber struck in the northern oil city of Kirkuk": the event told as in a city by the
 * word for one (a city's quarters are then told bare, without it).
 */
const TOLD_AS_CITY = new RegExp(
  `(?<!${L})(?:${anyOf(['مدينة', 'بمدينة', 'ومدينة', 'العاصمة', 'بالعاصمة'])}|city|capital)(?!${L})`,
  'iu',
);

/**
 * "…اشتباكات جنوب مدينة كركوك", then "وداخل المدينة، أصيب ثلاثة مدنيين بإطلاق نار في حي الشورجة": a
 * quarter named bare in a clause that points at "the city" is that city's, even where the gazetteer
 * knows the name only as a quarter of another governorate's city (Shorja of Baghdad); a quarter of
 * elsewhere would be told with its own city. So is a quarter told by its word ("in the Shorja
 * neighbourhood", "في حي الشورجة") right after an event told as in a city, in a clause that tells its
 * spot, no toll of its own: the city the copy is about wins over a namesake quarter of another,
 * unless the clause names that other governorate or district ("Baghdad's Shorja neighbourhood").
 * The place: the quarter, in the city of the event last placed; null: no such quarter. Told before
 * any event was placed ("الإعدام لمدانين بتفجير في كركوك", then "بتفجير سيارة مفخخة في حي الشورجة
 * وسط المدينة"), "the city" is the title's.
 */
export function quarterInTheCity(
  built: readonly Building[],
  facts: ClauseFacts,
  titlePlace: ResolvedPlace | null,
): ResolvedPlace | null {
  const place = facts.place;
  const last = built.findLast((b) => b.place !== null);
  const here = last ? last.place : titlePlace;
  if (!place?.governorate || !here?.governorate || place.governorate.en === here.governorate.en) return null;
  if (place.precision !== 'locality') return null;
  if (
    !THE_CITY.test(facts.matchText) &&
    !(
      last &&
      TOLD_AS_CITY.test(normalizeForMatch(last.source)) &&
      tellsNoToll(facts) &&
      toldBare(place, facts)
    )
  )
    return null;
  const name = escapeRegExp(normalizeForMatch(place.text)).replace(
    new RegExp(`^(?:${QUARTER_BEFORE}) `, 'u'),
    '',
  );
  const quarter = new RegExp(
    `(?<!${L})(?:(?:${QUARTER_BEFORE}) ${name}(?!${L})|${name} (?:neighbou?rhood|quarter|district)(?!${L}))`,
    'iu',
  );
  if (!quarter.test(facts.matchText)) return null;
  const { country, governorate, district } = here;
  // (the quarter keeps its name, so that it is told apart from another spot of the city)
  return {
    country,
    governorate,
    district,
    locality: place.locality,
    precision: 'locality',
    text: place.text,
  };
}

/** A clause that tells the spot of the event just told, not an event of its own with its toll. */
const tellsNoToll = ({ casualties: c }: ClauseFacts): boolean =>
  c.killed === null && c.wounded === null && c.attackersKilled === null;

/**
 * Whether the clause names the quarter alone: no other governorate's place ("حي باب شرقي بدمشق"), nor
 * the governorate or the district it lies in ("Baghdad's Shorja neighbourhood").
 */
function toldBare(place: ResolvedPlace, facts: ClauseFacts): boolean {
  if (findGovernorates(facts.text).some((g) => !g.names.en.includes(place.governorate?.en ?? '')))
    return false;
  return ![place.governorate?.en, place.governorate?.ar, place.district?.en, place.district?.ar].some(
    (n) =>
      !!n &&
      new RegExp(`(?<!${L})[وبلف]?${escapeRegExp(normalizeForMatch(n))}(?!${L})`, 'iu').test(facts.matchText),
  );
}
