// A source's account of the event just told, told at that event's own place.
import type { ResolvedPlace } from '../../places/types.js';
import { namesOneAnother, otherSpot, sameGovernorate } from './incident-places.js';
import { oneOfPlacesTold } from './one-of-places.js';
import { offCity } from './off-city.js';

/**
 * "استشهد 3 مواطنين … على حي الميدان في مدينة حلب", then "وذكر مصدر في قيادة شرطة حلب أن … ما أدى
 * إلى استشهاد ثلاثة مواطنين": the place the account names is the event's own (one's words inside the
 * other's, in its governorate, no other district or locality; or one of the places joined by "and"
 * the event was told at: one-of-places.ts), so it tells no spot of its own (`known` the event's
 * place, `told` the account's).
 */
export function atItsPlace(known: ResolvedPlace | null, told: ResolvedPlace): boolean {
  return (
    !!known &&
    sameGovernorate(known, told) &&
    ((!otherSpot(known, told) && namesOneAnother(known.text, told.text)) ||
      oneOfPlacesTold(known.text, told.text) ||
      // ("Missiles struck positions south of Damascus", then "SANA said missiles fired at the al-Kiswah
      // area wounded two": the town is the spot of that side of the city, off-city.ts)
      (offCity(known) && !offCity(told)))
  );
}
