// A quarter told inside "the city" the story is in, whose name the gazetteer knows as a quarter or a
// market of another governorate's city: Iraqi and Syrian cities share their quarters' names.
import type { ResolvedPlace } from '../../places/types.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { L, anyOf, escapeRegExp } from '../reading/word-pattern.js';
import { QUARTER_BEFORE } from './quarter-of-city.js';

/** "وداخل المدينة", "في المدينة", "وسط المدينة", "inside the city", "in the city": the city just told. */
const THE_CITY = new RegExp(
  `(?<!${L})(?:(?:${anyOf(['داخل', 'وداخل', 'في', 'وفي', 'وسط', 'ووسط', 'أحياء', 'احياء'])}) ${normalizeForMatch('المدينة')}|(?:inside|in|within|across) the city)(?!${L})(?! of)`,
  'u',
);

/**
 * "…اشتباكات جنوب مدينة كركوك", then "وداخل المدينة، أصيب ثلاثة مدنيين بإطلاق نار في حي الشورجة": a
 * quarter named bare in a clause that points at "the city" is that city's, even where the gazetteer
 * knows the name only as a quarter of another governorate's city (Shorja of Baghdad); a quarter of
 * elsewhere would be told with its own city. The place: the quarter, in the city of the event last
 * placed; null: no such quarter.
 */
export function quarterInTheCity(built: readonly Building[], facts: ClauseFacts): ResolvedPlace | null {
  const place = facts.place;
  const here = built.findLast((b) => b.place !== null)?.place;
  if (!place?.governorate || !here?.governorate || place.governorate.en === here.governorate.en) return null;
  if (place.precision !== 'locality' || !THE_CITY.test(facts.matchText)) return null;
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
