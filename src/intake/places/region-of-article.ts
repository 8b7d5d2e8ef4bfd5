// A region spanning several governorates, in an article that tells which of them it is about.
import type { ResolvedPlace } from '../../places/types.js';
import { governoratesSpanned } from '../../places/resolve.js';
import { matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** "شرقي المحافظة", "in the east of the province": the governorate the article tells, pointed back at. */
const THE_PROVINCE = new RegExp(
  `(?<!${L})(?:${anyOf(['المحافظة', 'بالمحافظة', 'للمحافظة'])}|the (?:province|governorate))(?!${L})`,
  'iu',
);

/**
 * "في منطقة مطيبيجة شرقي المحافظة", "in the Hamrin mountains": a region the gazetteer spans over
 * several governorates lies in the one the article gives all it tells, where that is one of them —
 * the province it names as such (`province`), or, where the clause (`source`) points back at "the
 * province", the one its placed incidents all lie in (`placed`). null: no such region, or no such
 * one governorate.
 */
export function regionOfArticle(
  place: ResolvedPlace | null,
  source: string,
  province: ResolvedPlace | null,
  placed: () => ResolvedPlace | null,
): ResolvedPlace | null {
  if (!place || place.governorate) return null;
  const spanned = governoratesSpanned(place.text);
  if (spanned.length === 0) return null;
  const told = province ?? (THE_PROVINCE.test(matchView(source).text) ? placed() : null);
  const governorate = told?.governorate;
  return governorate?.en && spanned.includes(governorate.en)
    ? { ...place, governorate, precision: 'locality' }
    : null;
}
