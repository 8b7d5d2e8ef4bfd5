// "وتزامنت التفجيرات مع تفجيرات مماثلة ضربت حي الزهراء في مدينة حمص، وأعلنت وزارة الداخلية أنها أودت
// بحياة 46 مواطناً": a toll told of "it", the blow the clause before named, is that blow's, at its place.
import type { Language } from '../../content/schema.js';
import type { ResolvedPlace } from '../../places/types.js';
import type { PlaceResolver } from '../incidents/clause-facts.js';
import { L, anyOf as f } from '../reading/word-pattern.js';

/** "أنها أودت", "أنه أسفر عن": the toll's subject a pronoun, the blow just told (matching form). */
const ITS_TOLL = new RegExp(
  `(?<!${L})(?:${f(['أنها', 'أنه'])})\\s+(?:${f(['أودت', 'أودى', 'أسفرت', 'أسفر', 'أدت', 'أدى', 'خلفت', 'خلف'])})(?!${L})`,
  'u',
);

/**
 * The place of a clause that names none and tells its toll of "it" (`matchText`, its matching form):
 * the place the words of its sentence before it (`before`) name, where they name a governorate.
 */
export function placeOfPronounToll(
  matchText: string,
  before: string,
  resolve: PlaceResolver,
  lang: Language,
): ResolvedPlace | null {
  if (lang !== 'ar' || before.trim() === '' || !ITS_TOLL.test(matchText)) return null;
  const place = resolve(before, lang);
  return place?.governorate ? place : null;
}
