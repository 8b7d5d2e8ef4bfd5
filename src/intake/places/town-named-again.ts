// "…massing around the town of Kafr Nasih in eastern Hama province", then "Jets also struck Kafr
// Nasih on Friday, killing three": a town the gazetteer does not know, told once by its kind and
// situated by a province or town it knows, lies there wherever the article names it again bare —
// not in the province of the title or lead, which may be the next province over.
import type { Language } from '../../content/schema.js';
import type { ResolvedPlace } from '../../places/types.js';
import type { PlaceResolver } from '../incidents/clause-facts.js';
import { escapeRegExp } from '../reading/word-pattern.js';

/** "the town of X", "the village of al-X Y": a spot told by its kind, then its capitalised name. */
const TOLD_BY_KIND =
  /(?<![\p{L}])the (?:town|village|hamlet|city) of ((?:(?:al|el|ad|as|ash|ar|an|at|az)-)?\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:al|el)-)?\p{Lu}[\p{L}’'-]*){0,2})/gu;

/**
 * What situates it right after its name: " in eastern Deraa province", ", near Homs", " north of
 * Aleppo" — up to the end of that phrase (a comma, a full stop, a clause's next verb).
 */
const SITUATED_BY =
  /^\s*,?\s*(?:in|near|outside|(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})(?:\s+(?:province|governorate|countryside))?/u;

/**
 * The place `source` lies in where it names bare a town some sentence of the article (`texts`) told
 * by its kind and situated by a known place; else null. English only: an Arabic spot told again is
 * read by `spotNamedAgain` (spot-situated.ts).
 */
export function townNamedAgain(
  source: string,
  texts: readonly string[],
  lang: Language,
  resolve: PlaceResolver,
): ResolvedPlace | null {
  if (lang !== 'en') return null;
  for (const text of texts) {
    for (const m of text.matchAll(TOLD_BY_KIND)) {
      const name = m[1] ?? '';
      if (!new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'u').test(source)) continue;
      const link = SITUATED_BY.exec(text.slice(m.index + m[0].length))?.[0];
      const place = link ? resolve(link, lang) : null;
      if (!place?.governorate || place.text.includes(name)) continue;
      return { ...place, locality: { en: name }, precision: 'locality', text: name };
    }
  }
  return null;
}
