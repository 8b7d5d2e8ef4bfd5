import { matchKey, normalizeForMatch } from '../text/normalize.js';
import { buildHierarchy, isAdmin, type Hierarchy } from './hierarchy.js';
import { NON_PLACE_PHRASES } from './non-places.js';
import type { Entry } from './types.js';

/** One word of a place name: its core and, in Arabic, whether it carries the article. */
export interface NameWord {
  core: string;
  article: boolean;
}

/** A place name prepared for matching against sentence tokens. */
export interface NamePattern {
  entry: Entry;
  name: string;
  arabic: boolean;
  words: NameWord[];
  /** Also an ordinary word: counts only next to a cue. */
  needsCue: boolean;
  /** Latin name that counts only with its article ("al-Bab"). */
  needsArticle: boolean;
  /** Position in the gazetteer: earlier wins a tie. */
  order: number;
}

export interface PlaceIndex {
  /** Patterns by the core of their first word. */
  byFirstWord: ReadonlyMap<string, NamePattern[]>;
  hierarchy: Hierarchy;
  entries: readonly Entry[];
  /** Normalised names of things that are not places but contain one ("قوات سوريا الديمقراطية"). */
  nonPlaces: readonly string[];
}

const LATIN_ARTICLE_WORDS = new Set([
  'al',
  'el',
  'ad',
  'adh',
  'an',
  'ar',
  'as',
  'ash',
  'at',
  'ath',
  'az',
  'ed',
  'en',
  'er',
  'es',
  'esh',
  'et',
  'ez',
]);

export function nameWords(name: string): { arabic: boolean; words: NameWord[] } {
  const raw = normalizeForMatch(name).match(/[\p{L}\p{N}]+/gu) ?? [];
  const arabic = raw.some((w) => /[\u0600-\u06FF]/.test(w));
  if (arabic) {
    const words = raw.map((w) =>
      w.startsWith('ال') && w.length >= 4 ? { core: w.slice(2), article: true } : { core: w, article: false },
    );
    return { arabic, words };
  }
  const words = raw
    .filter((w, i) => i === raw.length - 1 || !LATIN_ARTICLE_WORDS.has(w))
    .map((w) => ({ core: w, article: false }));
  return { arabic, words };
}

/**
 * A district or town named like its governorate ("Kirkuk", "Homs") is left out of matching, so the
 * name resolves to the governorate; the district stays in the gazetteer for lookups.
 */
function sharesGovernorateName(
  entry: Entry,
  key: string,
  hierarchy: Hierarchy,
  governorateKeys: Map<string, Set<string>>,
): boolean {
  if (!isAdmin(entry) || entry.kind === 'governorate') return false;
  const governorate = hierarchy.governorateOf(entry);
  return governorate !== undefined && (governorateKeys.get(governorate.id)?.has(key) ?? false);
}

export function buildPlaceIndex(
  entries: readonly Entry[],
  nonPlacePhrases: readonly string[] = NON_PLACE_PHRASES,
): PlaceIndex {
  const hierarchy = buildHierarchy(entries);
  const byFirstWord = new Map<string, NamePattern[]>();
  const governorateKeys = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (entry.kind === 'governorate')
      governorateKeys.set(entry.id, new Set([...entry.names.en, ...entry.names.ar].map(matchKey)));
  }
  let order = 0;
  for (const entry of entries) {
    const cue = new Set(entry.needsCue ?? []);
    const article = new Set(entry.needsArticle ?? []);
    const displayOnly = new Set(entry.displayOnly ?? []);
    for (const name of [...entry.names.en, ...entry.names.ar]) {
      order += 1;
      if (displayOnly.has(name) || sharesGovernorateName(entry, matchKey(name), hierarchy, governorateKeys))
        continue;
      const { arabic, words } = nameWords(name);
      const first = words[0];
      if (first === undefined) continue;
      const pattern: NamePattern = {
        entry,
        name,
        arabic,
        words,
        needsCue: cue.has(name),
        needsArticle: article.has(name),
        order,
      };
      const list = byFirstWord.get(first.core) ?? [];
      list.push(pattern);
      byFirstWord.set(first.core, list);
    }
  }
  return { byFirstWord, hierarchy, entries, nonPlaces: nonPlacePhrases.map(normalizeForMatch) };
}
