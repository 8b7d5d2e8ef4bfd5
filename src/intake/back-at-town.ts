// A lead of two events ("قتل مختار بلدة X …، بينما أصيب عنصران … في مدينة Y"), then "أطلقوا النار على
// المختار قرب منزله في X، ما أدى إلى مقتله": back at the town of the first, not more of the second.
import type { ClauseFacts } from './clause-facts.js';
import type { Building } from './incident-types.js';
import type { ResolvedPlace } from '../places/types.js';
import { casualtiesConflict } from './casualties-conflict.js';
import { normalizeForMatch } from '../text/normalize.js';
import { L } from './word-pattern.js';

const townOf = (place: ResolvedPlace | null): string[] =>
  [place?.locality?.ar, place?.locality?.en].filter((x): x is string => !!x);

const escaped = (name: string): string => normalizeForMatch(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The town's name as a word of the clause ("في المنصورة", "بالمنصورة"), bare as a later mention names it. */
const namesTown = (matchText: string, names: readonly string[]): boolean =>
  names.length > 0 &&
  new RegExp(`(?<!${L})[وفبل]?(?:${names.map(escaped).join('|')})(?!${L})`, 'u').test(matchText);

/**
 * The earlier incident (not the last one) a clause returns to by naming its town, where the last
 * incident is told at no town or at another, and the clause gives no day nor place of its own: a
 * lead that told two events, then more on the first of them. Undefined otherwise.
 */
export function backAtEarlierTown(built: readonly Building[], facts: ClauseFacts): Building | undefined {
  const current = built[built.length - 1];
  if (!current || built.length < 2 || facts.place || facts.eventDate || facts.separate) return undefined;
  const own = townOf(current.place);
  if (namesTown(facts.matchText, own)) return undefined;
  return built.slice(0, -1).find((b) => {
    const town = townOf(b.place);
    return namesTown(facts.matchText, town) && !casualtiesConflict(b, facts);
  });
}
