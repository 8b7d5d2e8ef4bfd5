// "في قضاء طوز خورماتو المجاور التابع لمحافظة صلاح الدين": a clause that names its governorate outright.
import type { Language } from '../../content/schema.js';
import type { ResolvedPlace } from '../../places/types.js';
import type { PlaceResolver } from '../incidents/clause-facts.js';
import { L } from '../reading/word-pattern.js';

/**
 * The governorate told by its word, as written (names are matched capitalised): "محافظة صلاح
 * الدين", "لمحافظة نينوى", "Salahuddin province", "the province of Diyala" (up to three words of name).
 */
const GOVERNORATE_TOLD = new RegExp(
  `(?<!${L})(?:[لب]?محافظ[ةه](?: \\p{L}+){1,3}|(?:[\\p{L}-]+ ){1,3}(?:[Pp]rovince|[Gg]overnorate)|(?:province|governorate) of(?: [\\p{L}-]+){1,3})(?!${L})`,
  'gu',
);

/**
 * Whether the clause (as written) names the governorate of its own place with the word
 * "governorate"/"province" ("المجاور التابع لمحافظة صلاح الدين", "in the neighbouring Khanaqin
 * district of Diyala province"): a place told as neighbouring then lies in that governorate, not
 * near the event before.
 */
export function namesOwnGovernorate(
  text: string,
  place: ResolvedPlace | null,
  resolve: PlaceResolver,
  lang: Language,
): boolean {
  const own = place?.governorate?.en;
  if (!own) return false;
  return [...text.matchAll(GOVERNORATE_TOLD)].some((m) => resolve(m[0], lang)?.governorate?.en === own);
}
