// "على الطريق الواصل بين بلدة الحارة ومدينة نمر بريف درعا", "في قريتي X وY بريف حماة": a spot told by
// its kind, joined by "و" to a second spot, then the place both lie in. What situates the pair
// situates each, so the first spot lies there too.
import { AR_KIND } from './unknown-place.js';

/**
 * "ومدينة نمر", "وكفر نبودة": the second spot of a pair, with or without its kind, of one or two words,
 * right before what ties the pair to the place it lies in (في، قرب، or ب glued to the place).
 */
const SECOND_SPOT = new RegExp(
  `^\\s+و(?:(?:${AR_KIND.join('|')})\\s+)?\\p{L}+(?:\\s+\\p{L}+)??(?=\\s+(?:في\\s+|قرب\\s+|ب\\p{L}))`,
  'u',
);

/** `rest` (what follows a spot's name) with a second spot joined to it left out: where the pair is told to lie. */
export function pastCoordinatedSpot(rest: string): string {
  const m = SECOND_SPOT.exec(rest);
  return m ? rest.slice(m[0].length) : rest;
}
