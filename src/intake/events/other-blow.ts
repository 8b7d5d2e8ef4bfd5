// "Shelling killed three in X", then "A car bomb went off in Y, killing three": two blows, two events.
import type { IncidentEvent } from '../../content/schema.js';

/** Blows struck from afar: from the air or by guns and rockets. */
const FROM_AFAR = new Set(['air_drone_strike', 'shelling_artillery_missile_attack']);
/** A blow struck from afar: from the air, or by guns and rockets. */
export const fromAfar = (event: IncidentEvent | null): boolean => FROM_AFAR.has(event?.subType ?? '');

/** Blows set off on the spot: a planted bomb, a suicide bomber, a grenade. */
const ON_THE_SPOT = new Set(['remote_explosive_landmine_ied', 'suicide_bomb', 'grenade']);

/**
 * One event a blow from afar, the other a bomb set off on the spot ("قصف مدفعي" and "انفجار عبوة
 * ناسفة", "shelling" and "a car bomb"): a paragraph naming the one after the other tells another
 * event, even where the two tolls are the same.
 */
export function otherBlow(current: IncidentEvent | null, told: IncidentEvent | null): boolean {
  if (!current || !told) return false;
  return (
    (FROM_AFAR.has(current.subType) && ON_THE_SPOT.has(told.subType)) ||
    (ON_THE_SPOT.has(current.subType) && FROM_AFAR.has(told.subType))
  );
}
