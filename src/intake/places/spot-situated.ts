// "…a base of the party in Zrgwez, near Sulaimaniyah", then "In Zrgwez, an official said one was
// killed": a spot the gazetteer does not know, situated once by a place it knows, lies there
// wherever the article names it again bare.
import type { Language } from '../../content/schema.js';
import type { ResolvedPlace } from '../../places/types.js';
import type { PlaceResolver } from '../incidents/clause-facts.js';

/**
 * What follows a spot to situate it by a known place: ", near X", " north of X", ", in the town of
 * X", " outside X" — the known place's capitalised words (up to three).
 */
const SITUATED_BY =
  /^\s*,?\s*(?:near|outside|in|(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of)\s+(?:the\s+)?(?:(?:town|city|village|province|district)\s+of\s+)?((?:(?:al|el)-)?\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:al|el)-)?\p{Lu}[\p{L}’'-]*){0,2})/u;

/**
 * The place a sentence of the article (`texts`) situates `name` by, right after naming it, where that
 * place has a governorate; else null. English only: an Arabic resolver reads "قرية X قرب Y" whole.
 */
export function spotSituated(
  name: string,
  texts: readonly string[],
  lang: Language,
  resolve: PlaceResolver,
): ResolvedPlace | null {
  if (lang !== 'en') return null;
  for (const text of texts) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const known = SITUATED_BY.exec(text.slice(at + name.length))?.[1];
      const place = known ? resolve(known, lang) : null;
      if (place?.governorate) return place;
    }
  }
  return null;
}
