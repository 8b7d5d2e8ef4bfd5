// An event told with no place of its own, in a story filed from a town: it lies around that town.
import type { ResolvedPlace } from '../../places/types.js';

/**
 * A dateline that names the town's country too ("NEAR BAGHOUZ, Syria (AP) —", "القائم (العراق) 8-11
 * (اف ب) -"): where the reporter was. An outlet's office line names none ("كوباني – روناهي"), and
 * its desk tells events far from it.
 */
const WITH_COUNTRY = /,\s*(?:Iraq|Syria)(?![\p{L}])|\(\s*(?:العراق|سوريا|سورية)\s*\)/u;

/** Whether `dateline` files the story from a town it names with its country. */
export function namesItsCountry(dateline: string): boolean {
  return WITH_COUNTRY.test(dateline);
}

/**
 * "تدمر - صفحة أخبار تدمر", "داريا - شبكة أخبار داريا": an office line whose outlet is named for
 * the town it files from is a local page, and tells what happens in and around that town (an outlet
 * named otherwise, "كوباني – روناهي", may be a desk that tells events far from it).
 */
export function localOutletOfTown(dateline: string): boolean {
  const [town, outlet] = dateline.split(/\s+[-–—]\s+/u);
  const name = town
    ?.trim()
    .replace(/^ال/u, '')
    .replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  if (!name || !outlet || name.length < 2) return false;
  return new RegExp(`(?<![\\p{L}])(?:ال)?${name}(?![\\p{L}])`, 'u').test(outlet);
}

/**
 * "NEAR BAGHOUZ, Syria (AP) —", then "On Sunday, an airstrike on a house on the edge of the enclave
 * killed 16": a reporter filing from a town (`namesItsCountry`; not a governorate's name, as an
 * office in the capital files: "BAGHDAD, Iraq (Reuters)") tells what happened around it, and an event
 * told with no place, or only the country, lies there. `town` is the dateline's place as the article
 * allows it (incident-finish.ts `dateline`: no title place, every placed incident in its governorate),
 * null where the dateline names no country. Null: no such town, or the event has a governorate of
 * its own.
 */
export function filedFromTown(place: ResolvedPlace | null, town: ResolvedPlace | null): ResolvedPlace | null {
  if (place?.governorate || !town?.governorate || town.precision === 'governorate') return null;
  return !place || place.country === town.country ? town : null;
}
