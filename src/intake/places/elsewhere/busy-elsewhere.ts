// "…يشاركون في الهجوم، مستغلين انشغال الجيش السوري بمعارك حلب": the fight a side is busy with
// elsewhere is why the attack came now, not where it happened.
import { findPlaces } from '../../../places/find.js';

/**
 * A side told as busy elsewhere: "انشغال", "لانشغال", "منشغلة", "busy with", "preoccupied with",
 * "distracted by", "tied up in".
 */
const BUSY =
  /(?<![\p{L}])(?:[لبو]?انشغال|منشغل(?:ة|ين|ون)?|(?:busy|preoccupied|occupied|engaged)\s+(?:with|in|on)|distracted\s+by|tied\s+(?:up|down)\s+(?:in|with|by))(?![\p{L}])/gu;

/** Between that word and the place, what the side is busy with: five words at most, no punctuation. */
const TO_PLACE = /^(?:\s+[^\s،,.؛:]+){0,5}?\s*(?:[بفل]|في\s+)?$/u;

/**
 * The clause's text (as written) less the place a side is told busy at ("انشغال الجيش بمعارك حلب",
 * "the army, busy with the battle for Aleppo"): the first place named within a few words of it.
 */
export function withoutBusyElsewhere(text: string): string {
  if (!/انشغال|منشغل|busy|occupied|engaged|distracted|tied/u.test(text)) return text;
  const mentions = findPlaces(text);
  let blanked = text;
  for (const busy of text.matchAll(BUSY)) {
    const from = busy.index + busy[0].length;
    const place = mentions.find((m) => m.start >= from && TO_PLACE.test(text.slice(from, m.start)));
    if (place)
      blanked =
        blanked.slice(0, place.start) + ' '.repeat(place.end - place.start) + blanked.slice(place.end);
  }
  return blanked;
}
