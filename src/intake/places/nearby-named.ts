// "In nearby Eastern Ghouta, rebels…": "nearby" before a name says where that place lies, not that
// the event was near the one told before.
import type { ResolvedPlace } from '../../places/types.js';
import type { Language } from '../../content/schema.js';
import { sameGovernorate } from './incident-places.js';

/** The capitalised words right after "nearby" or "neighbouring": "in nearby Eastern Ghouta". */
const NAME_AFTER_NEARBY =
  /(?<![\p{L}])(?:nearby|neighbou?ring)\s+((?:(?:al|el)-)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/u;

/**
 * "In nearby Eastern Ghouta, … leaving 15 dead in the town of Arbeen": the clause names its own
 * region right after "nearby", and its place lies in it; so the event is there, in its own
 * governorate, not near the place told before (as "a nearby village", "القرية المجاورة" would be).
 */
export function placedAfterNearby(
  clauseText: string,
  place: ResolvedPlace | null,
  resolve: (name: string, lang: Language) => ResolvedPlace | null,
): boolean {
  const words = NAME_AFTER_NEARBY.exec(clauseText)?.[1]?.split(/\s+/) ?? [];
  for (let n = words.length; n > 0; n -= 1) {
    const named = resolve(words.slice(0, n).join(' '), 'en');
    if (named) return !!place && sameGovernorate(named, place);
  }
  return false;
}
