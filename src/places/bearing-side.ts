// "the Balad air base north of Baghdad", "the Shahba region north of Aleppo": a place told by its
// bearing from a city is the gazetteer's place of that name when it lies on that side of the city,
// though farther off than a city's outskirts, unless its own governorate's city lies far nearer (a
// reporter tells a bearing from a city close by); one lying on another side is a namesake.
import type { Chain } from './chains.js';
import { kmBetween } from './near-locator.js';
import type { Token } from './tokens.js';

/** Compass words as east and north parts of a direction ("جنوب غربي": south, then west). */
const POINTS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['north', [0, 1]],
  ['south', [0, -1]],
  ['east', [1, 0]],
  ['west', [-1, 0]],
  ['northeast', [1, 1]],
  ['northwest', [-1, 1]],
  ['southeast', [1, -1]],
  ['southwest', [-1, -1]],
  ['شمال', [0, 1]],
  ['شمالي', [0, 1]],
  ['جنوب', [0, -1]],
  ['جنوبي', [0, -1]],
  ['شرق', [1, 0]],
  ['شرقي', [1, 0]],
  ['غرب', [-1, 0]],
  ['غربي', [-1, 0]],
]);

/** On the told side: within this angle of the bearing, and no farther than reporters tell a bearing from. */
const ON_SIDE_DEGREES = 60;
const ON_SIDE_KM = 150;
/** A place told from a city more than this many times as far as its own governorate's is a namesake. */
const OWN_CITY_FACTOR = 2;
/** On another side: more than this angle off the bearing. */
const OFF_SIDE_DEGREES = 90;

export type Side = 'on' | 'off';

/** The direction the compass words of `words` tell, or undefined where they tell none. */
function bearingOf(words: readonly Token[]): readonly [number, number] | undefined {
  const parts = words.flatMap((t) => {
    const point = POINTS.get(t.norm);
    return point ? [point] : [];
  });
  if (parts.length === 0) return undefined;
  const east = parts.reduce((sum, p) => sum + p[0], 0);
  const north = parts.reduce((sum, p) => sum + p[1], 0);
  return east === 0 && north === 0 ? undefined : [east, north];
}

/**
 * Where the places of `chain` lie against the bearing its `words` tell from the city of `locator`:
 * 'on' that side (within reach, and not far nearer the city of their own governorate), 'off'
 * it (a namesake elsewhere), undefined when the words tell no bearing or the place lies between.
 */
export function sideOfBearing(words: readonly Token[], chain: Chain, locator: Chain): Side | undefined {
  const bearing = bearingOf(words);
  const from = locator.mentions.flatMap((m) => ('lat' in m.entry ? [m.entry] : []))[0];
  const places = chain.entries.filter((e) => e.kind !== 'governorate');
  if (bearing === undefined || from === undefined || places.length === 0) return undefined;
  const angles = places.map((place) => {
    const north = kmBetween({ lat: place.lat, lon: from.lon }, from) * Math.sign(place.lat - from.lat);
    const east = kmBetween({ lat: from.lat, lon: place.lon }, from) * Math.sign(place.lon - from.lon);
    const cos =
      (east * bearing[0] + north * bearing[1]) / (Math.hypot(east, north) * Math.hypot(...bearing) || 1);
    return {
      degrees: (Math.acos(Math.max(-1, Math.min(1, cos))) * 180) / Math.PI,
      km: kmBetween(place, from),
      own: kmBetween(place, chain.governorate),
    };
  });
  if (
    angles.some((a) => a.degrees <= ON_SIDE_DEGREES && a.km <= ON_SIDE_KM && a.km <= OWN_CITY_FACTOR * a.own)
  )
    return 'on';
  return angles.every((a) => a.degrees > OFF_SIDE_DEGREES) ? 'off' : undefined;
}
