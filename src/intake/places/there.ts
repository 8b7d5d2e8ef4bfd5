// "In Basra, hundreds rallied outside the council on Monday. A protester was shot dead there on Sunday":
// "there" points at the place the text just told, whether or not an event of its own was told there;
// so does a part of Arabic "the town" ("قصفت مدينة X، إذ سقطت البراميل على الحي الغربي للمدينة، ما أدى…").
import type { Language } from '../../content/schema.js';
import type { ResolvedPlace } from '../../places/types.js';
import type { PlaceResolver } from '../incidents/clause-facts.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { townNotProvince } from './town-not-province.js';

/** "shot dead there", "from there"; not the "there" of "there was no claim", which points nowhere. */
const THERE =
  /(?<!\p{L})there(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|seems?|appears?|remains?)(?!\p{L}))(?!\p{L})/iu;

/**
 * "على الحي الغربي للمدينة", "أطراف البلدة", "مدخل القرية": a part of the town, village or camp told
 * just before, the town named only by its noun with the article. Not the bare "في المدينة", which
 * as often tells where the wounded were taken or the ruin stands as where the blow fell, nor "أحياء
 * المدينة" or "وسط المدينة", the town at large (mines cleared from its quarters; a bridge in its
 * centre, told on with what else happened in the war), nor "المدينة الصناعية", a place of its own.
 */
const THE_TOWN = new RegExp(
  `(?<!${L})(?:لل|(?:${anyOf(['أطراف', 'مدخل'])})\\s+ال)(?:${anyOf(['مدينة', 'بلدة', 'قرية', 'مخيم'])})(?!${L})(?!\\s+(?:${anyOf(['الصناعية'])}))`,
  'u',
);

/**
 * The place a clause that names none (`matchText`, its matching form) points at with "there" (in
 * Arabic, `THE_TOWN`): the first of `before` (the clause's own sentence up to it, then the sentence
 * before) that names a governorate. null: it points at none.
 */
export function placeOfThere(
  matchText: string,
  before: readonly string[],
  resolve: PlaceResolver,
  lang: Language,
): ResolvedPlace | null {
  if (!(lang === 'en' ? THERE : THE_TOWN).test(matchText)) return null;
  for (const text of before) {
    const place = text.trim() === '' ? null : resolve(text, lang);
    // (not a governorate told alone, for "the town": town-not-province.ts)
    if (place?.governorate && !(lang === 'ar' && townNotProvince(matchText, place))) return place;
  }
  return null;
}
