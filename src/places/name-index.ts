import { matchKey, normalizeForMatch } from '../text/normalize.js';
import { buildHierarchy, isAdmin, type Hierarchy } from './hierarchy.js';
import { NON_PLACE_PHRASES } from './non-places.js';
import { isLatinArticleWord, splitArticle, tokenize } from './tokens.js';
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

/** A name cut into words by the sentence tokenizer, so names and sentences split and fold alike. */
export function nameWords(name: string): { arabic: boolean; words: NameWord[] } {
  const tokens = tokenize(name);
  const arabic = tokens.some((t) => t.arabic);
  if (arabic) return { arabic, words: tokens.map((t) => splitArticle(t.norm)) };
  // The article is skipped between words when matching ("Deir ez-Zor" is deir … zor), so it is no word of the name.
  const words = tokens
    .filter((t, i) => i === tokens.length - 1 || !isLatinArticleWord(t.norm))
    .map((t) => ({ core: t.norm, article: false }));
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
