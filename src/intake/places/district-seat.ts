// A district's own town, named as a town, is a spot of its own within its district.
import type { ResolvedPlace } from '../../places/types.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** "مدينة محردة", "بلدة …", "the town of Hit", "the city of Mahardah": the name told as a town. */
const AS_TOWN = new RegExp(
  `^\\s*(?:(?:${anyOf(['مدينة', 'بلدة', 'ومدينة', 'وبلدة', 'بمدينة', 'ببلدة'])})|(?:the\\s+)?(?:city|town)\\s+of)(?!${L})`,
  'u',
);

/**
 * The spot a place names, in the gazetteer's words: its locality, or, where the text names the
 * district's own town ("بقذائف على مدينة محردة", "shells hit the town of Mahardah"), that town. A
 * village of the district ("كفرزيتا", district Mahardah) is then another spot than the town itself.
 */
export function spotOf(place: ResolvedPlace): string | null {
  const locality = place.locality?.en ?? place.locality?.ar ?? null;
  if (locality) return locality;
  return place.precision === 'district' && AS_TOWN.test(normalizeForMatch(place.text))
    ? (place.district?.en ?? place.district?.ar ?? null)
    : null;
}
