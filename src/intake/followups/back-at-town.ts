// A lead of two events ("قتل مختار بلدة X …، بينما أصيب عنصران … في مدينة Y"), then "أطلقوا النار على
// المختار قرب منزله في X، ما أدى إلى مقتله": back at the town of the first, not more of the second.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import type { ResolvedPlace } from '../../places/types.js';
import { casualtiesConflict } from '../tolls/casualties-conflict.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { L, escapeRegExp } from '../reading/word-pattern.js';

const townOf = (place: ResolvedPlace | null): string[] =>
  [place?.locality?.ar, place?.locality?.en].filter((x): x is string => !!x);

const escaped = (name: string): string => escapeRegExp(normalizeForMatch(name));

/** The town's name as a word of the clause ("في المنصورة", "بالمنصورة"), bare as a later mention names it. */
const namesTown = (matchText: string, names: readonly string[]): boolean =>
  names.length > 0 &&
  new RegExp(`(?<!${L})[وفبل]?(?:${names.map(escaped).join('|')})(?!${L})`, 'u').test(matchText);

/** "بلدة التح", "قرية كفرحلب": a town named by its kind, as the items of a roundup name theirs. */
const TOWN_WORD = new RegExp(
  `(?<!${L})[وفبل]?(?:${['بلدة', 'قرية', 'مدينة', 'ناحية'].map(normalizeForMatch).join('|')})\\s+(\\p{L}+)`,
  'gu',
);

/** The names the text (in matching form) gives a town by its kind ("بلدة التح" → "التح"). */
const townWords = (matchText: string): string[] => [...matchText.matchAll(TOWN_WORD)].map((m) => m[1]!);

/**
 * The earlier incident (not the last one) a clause returns to by naming its town, where the last
 * incident is told at no town or at another, and the clause gives no day nor place of its own: a
 * lead that told two events, then more on the first of them. Undefined otherwise. The town is the
 * locality its place resolved to, or one its own words named by its kind, a village the gazetteer
 * does not know ("- ٤ مواطنين قتلوا بقصف على بلدة التح", then, after the other items, "كما أصيب ١١
 * آخرون جراء القصف على بلدة التح").
 */
export function backAtEarlierTown(built: readonly Building[], facts: ClauseFacts): Building | undefined {
  const current = built[built.length - 1];
  if (!current || built.length < 2 || facts.place || facts.eventDate || facts.separate) return undefined;
  const told = (b: Building): string[] => [...townOf(b.place), ...townWords(normalizeForMatch(b.source))];
  if (namesTown(facts.matchText, told(current))) return undefined;
  return built.slice(0, -1).find((b) => namesTown(facts.matchText, told(b)) && !casualtiesConflict(b, facts));
}
