// "…وتزامنت الحملة مع صدور أحكام عن محكمة في دمشق", then "قُتل راعٍ بقصف استهدف أطراف المزارع الشرقية
// للبلدة": "the town" or "the village" points at a town or village told before, never at a place the
// sentence before names only as a governorate (a capital, a province) — "the city" may be a capital.
import type { ResolvedPlace } from '../../places/types.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** "للبلدة", "أطراف القرية", "مدخل المخيم": a town, village or camp pointed at, not a city. */
const SMALL_PLACE = new RegExp(
  `(?<!${L})(?:لل|(?:${anyOf(['أطراف', 'مدخل'])})\\s+ال)(?:${anyOf(['بلدة', 'قرية', 'مخيم'])})(?!${L})`,
  'u',
);
/** "للمدينة", "مدخل المدينة": a city pointed at, which a governorate's capital may be. */
const CITY = new RegExp(
  `(?<!${L})(?:لل|(?:${anyOf(['أطراف', 'مدخل'])})\\s+ال)(?:${anyOf(['مدينة'])})(?!${L})`,
  'u',
);

/**
 * Whether a clause (`matchText`, its matching form) that points back at "the town" or "the village"
 * (and not at "the city") cannot mean `place`, a place told only as a governorate.
 */
export function townNotProvince(matchText: string, place: ResolvedPlace): boolean {
  return place.precision === 'governorate' && SMALL_PLACE.test(matchText) && !CITY.test(matchText);
}
