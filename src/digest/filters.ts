import type { Briefing, LocalizedText } from '../content/schema.js';
import { stripBidiControls } from '../i18n/bidi.js';
import { governorateByName } from '../places/resolve.js';
import { matchKey } from '../text/normalize.js';

/**
 * A chat's digest filters are normalised keys: `gov:<gazetteer id>` or `tag:<tag>`. A briefing
 * passes when it matches any of them; no filters: everything passes.
 */
const GOV = 'gov:';
const TAG = 'tag:';

export interface FollowTarget {
  /** The stored filter value. */
  key: string;
  /** What to call it in messages. */
  label: LocalizedText;
}

/** Every filter key a briefing satisfies: its tags and the governorates of its incidents. */
export function briefingFilterKeys(briefing: Briefing): Set<string> {
  const keys = new Set(briefing.tags.map((tag) => `${TAG}${tag}`));
  for (const incident of briefing.incidents) {
    const name = incident.place.governorate;
    if (name === null) continue;
    // The English name is canonical; the Arabic one covers a briefing written with only that.
    const governorate =
      (name.en !== undefined ? governorateByName(name.en) : undefined) ??
      (name.ar !== undefined ? governorateByName(name.ar) : undefined);
    if (governorate !== undefined) keys.add(`${GOV}${governorate.id}`);
  }
  return keys;
}

/** Whether a briefing belongs in a digest for a chat with these filters. */
export function briefingMatches(briefing: Briefing, filters: readonly string[]): boolean {
  return filters.length === 0 || filtersAllow(briefingFilterKeys(briefing), filters);
}

/**
 * `briefingMatches` for keys computed once per briefing: a digest run checks every briefing against
 * every subscriber's filters, and the governorate lookups are the costly part.
 */
export function filtersAllow(briefingKeys: ReadonlySet<string>, filters: readonly string[]): boolean {
  return filters.length === 0 || filters.some((filter) => briefingKeys.has(filter));
}

/** The distinct tags of some briefings, sorted: what `/follow` accepts besides governorates. */
export function tagsOf(briefings: readonly Briefing[]): string[] {
  return [...new Set(briefings.flatMap((b) => b.tags))].sort();
}

/**
 * What a user asked to follow: a governorate by any Arabic or English spelling (or its capital, or
 * its id), else one of `knownTags`. A stored key (`gov:…`, `tag:…`) and a leading `#` are accepted
 * too, so a value copied from /settings works.
 */
export function parseFollowTarget(input: string, knownTags: Iterable<string>): FollowTarget | undefined {
  const text = stripBidiControls(input).trim().replace(/^#/, '');
  if (text === '') return undefined;
  const lower = text.toLowerCase();
  const name = lower.startsWith(GOV) || lower.startsWith(TAG) ? text.slice(4).trim() : text;
  if (!lower.startsWith(TAG)) {
    const governorate = governorateByName(name);
    if (governorate !== undefined) return governorateTarget(governorate);
  }
  if (lower.startsWith(GOV)) return undefined;
  const key = matchKey(name);
  if (key === '') return undefined;
  for (const tag of knownTags) {
    if (matchKey(tag) === key) return { key: `${TAG}${tag}`, label: { ar: tag, en: tag } };
  }
  return undefined;
}

/** How to name a stored filter key in messages; an unknown one is shown as it is. */
export function filterLabel(key: string): LocalizedText {
  if (key.startsWith(GOV)) {
    const governorate = governorateByName(key.slice(GOV.length));
    if (governorate !== undefined) return governorateTarget(governorate).label;
  }
  const bare = key.startsWith(TAG) ? key.slice(TAG.length) : key;
  return { ar: bare, en: bare };
}

function governorateTarget(governorate: { id: string; names: { en: string[]; ar: string[] } }): FollowTarget {
  const label: LocalizedText = {};
  if (governorate.names.en[0] !== undefined) label.en = governorate.names.en[0];
  if (governorate.names.ar[0] !== undefined) label.ar = governorate.names.ar[0];
  return { key: `${GOV}${governorate.id}`, label };
}
