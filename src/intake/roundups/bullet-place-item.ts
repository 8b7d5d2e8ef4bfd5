// The next of a bulleted list of places, each with its own toll: an item of its own.

/** A bullet, then one to three words and a colon: "- الزربة: …", "• Kafr Nabl: …" (not "و", not a small letter). */
const BULLET_PLACE_HEAD = /^\s*[-–—•]\s*(?!و)(?![a-z])[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\s*:\s+\S/u;

/**
 * "- X: three civilians were killed …", then "- Y: between four and six were killed …": a roundup
 * that lists its places as bullets, each headed by its place, tells one event per bullet. The
 * sentence before was such a bullet too, so this one is the next item, not more of the one before
 * — whatever its toll (a range, an unsplit count) and though the gazetteer knows neither place
 * (place-headed-item.ts reads paragraphs headed so without a bullet, against the item's own head).
 * `clause`: the sentence's first clause; `previous`: the sentence before it.
 */
export function nextBulletPlaceItem(clause: string, previous: string): boolean {
  return BULLET_PLACE_HEAD.test(clause) && BULLET_PLACE_HEAD.test(previous);
}
