// A known spot told with its bearing from a city close by: that spot, not a namesake of it.
import type { Chain } from './chains.js';
import { namesFacility } from './facility.js';

/** Within this many kilometres of the city that locates it, a named spot is the one meant. */
const NEAR_KM = 40;

/** Kilometres between two points (a flat approximation is enough at this scale). */
export function kmBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = (a.lat - b.lat) * 111;
  const dLon = (a.lon - b.lon) * 111 * Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  return Math.hypot(dLat, dLon);
}

/**
 * "the Sayyida Zeinab area south of Damascus", "بلدة الكسوة جنوب دمشق": the gazetteer puts the name
 * in another governorate than the city that locates it, but a few kilometres off it — a city's
 * outskirts often lie in the governorate around it (Rif Dimashq around Damascus). The name is
 * that spot; only a far one is a namesake the bearing corrects ("قرية الصفا شرق بعقوبة").
 */
export function nearLocator(chain: Chain, locator: Chain): boolean {
  // (a base, an airport, a refinery has no namesake: facility.ts)
  if (namesFacility(chain)) return true;
  const points = locator.mentions.flatMap((m) => ('lat' in m.entry ? [m.entry] : []));
  return chain.entries.some(
    (e) => e.kind !== 'governorate' && points.some((p) => kmBetween(e, p) <= NEAR_KM),
  );
}
