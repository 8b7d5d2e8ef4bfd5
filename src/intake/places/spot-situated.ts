// "…a base of the party in Zrgwez, near Sulaimaniyah", then "In Zrgwez, an official said one was
// killed": a spot the gazetteer does not know, situated once by a place it knows, lies there
// wherever the article names it again bare.
import type { Language } from '../../content/schema.js';
import type { ResolvedPlace } from '../../places/types.js';
import type { PlaceResolver } from '../incidents/clause-facts.js';
import { AR_COMPOUND, AR_KIND, AR_NOT_NAME } from './unknown-place.js';
import { situatedThroughArea } from './spot-in-area.js';
import { pastCoordinatedSpot } from './coordinated-spot.js';

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

/** "بلدة دير قانون بوادي بردى": a spot told by its kind of place, then one or two words of its name. */
const AR_KIND_SPOT = new RegExp(`(?<!\\p{L})(?:${AR_KIND.join('|')})\\s+(\\p{L}+)(?:\\s+(\\p{L}+))?`, 'gu');
/** What ties the spot to the place it lies in: "بوادي بردى", "في ريف حماة", "قرب الباب". */
const AR_LIES_IN = /^\s+(?:في\s+|قرب\s+|ب(?=\p{L}))/u;

/**
 * "…في بلدة دير قانون بوادي بردى", then "على الطريق الواصل بين دير قانون وكفير الزيت": the known place
 * the article situates a spot by, told by its kind of place the first time, where `source` names that
 * spot again bare; else null. Arabic only: an English spot named bare is read by `spotSituated`.
 */
export function spotNamedAgain(
  source: string,
  texts: readonly string[],
  lang: Language,
  resolve: PlaceResolver,
): ResolvedPlace | null {
  if (lang !== 'ar') return null;
  for (const text of texts) {
    for (const m of text.matchAll(AR_KIND_SPOT)) {
      const [first = '', second] = [m[1], m[2]];
      if (AR_NOT_NAME.test(first)) continue;
      const name = second !== undefined && AR_COMPOUND.has(first) ? `${first} ${second}` : first;
      // (a second spot joined to it, "بين بلدة X ومدينة Y بريف Z", lies where it does: coordinated-spot.ts)
      const rest = pastCoordinatedSpot(text.slice(m.index + m[0].indexOf(name) + name.length));
      const link = AR_LIES_IN.exec(rest)?.[0];
      if (!link || !namesBare(source, name)) continue;
      const place = resolve(rest, lang);
      if (!place?.governorate) continue;
      const at = rest.indexOf(place.text);
      // (or past an area the gazetteer does not know, told between: spot-in-area.ts)
      if (at <= link.length + 1 || (at > 0 && situatedThroughArea(rest.slice(0, at)))) return place;
    }
  }
  return null;
}

/** Whether `source` names `name` as a word of its own ("دير قانون", "ودير قانون", "بدير قانون"). */
const namesBare = (source: string, name: string): boolean =>
  new RegExp(`(?<!\\p{L})[وبل]?${name}(?!\\p{L})`, 'u').test(source);
