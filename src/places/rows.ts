import type { AdminKind, Country, GazetteerEntry, PlaceNames } from './types.js';

/**
 * The gazetteer is written as compact rows: names separated by "|", first = canonical.
 * A name starting with "?" is also an ordinary word and needs a cue; "!" (English) needs its article;
 * "#" is shown but never matched (a canonical form too ambiguous to look for: "بلد").
 * Country comes from the id prefix ("iq-", "sy-").
 */
export type Row = readonly [
  kind: AdminKind,
  id: string,
  parent: string | null,
  en: string,
  ar: string,
  lat: number,
  lon: number,
  capital?: string,
];

export interface ParsedNames {
  names: PlaceNames;
  needsCue: string[];
  needsArticle: string[];
  displayOnly: string[];
}

export function parseNames(en: string, ar: string): ParsedNames {
  const needsCue: string[] = [];
  const needsArticle: string[] = [];
  const displayOnly: string[] = [];
  const parse = (list: string): string[] =>
    list.split('|').map((raw) => {
      const flags = /^[?!#]*/.exec(raw)?.[0] ?? '';
      const name = raw.slice(flags.length).trim();
      if (flags.includes('#')) displayOnly.push(name);
      if (flags.includes('?')) needsCue.push(name);
      if (flags.includes('!')) needsArticle.push(name);
      return name;
    });
  return { names: { en: parse(en), ar: parse(ar) }, needsCue, needsArticle, displayOnly };
}

function countryOf(id: string): Country {
  if (id.startsWith('iq-')) return 'IQ';
  if (id.startsWith('sy-')) return 'SY';
  throw new Error(`gazetteer id without a country prefix: ${id}`);
}

export function entriesFromRows(rows: readonly Row[]): GazetteerEntry[] {
  return rows.map(([kind, id, parent, en, ar, lat, lon, capital]) => {
    const { names, needsCue, needsArticle, displayOnly } = parseNames(en, ar);
    const entry: GazetteerEntry = { id, kind, country: countryOf(id), parent, names, lat, lon };
    if (needsCue.length > 0) entry.needsCue = needsCue;
    if (needsArticle.length > 0) entry.needsArticle = needsArticle;
    if (displayOnly.length > 0) entry.displayOnly = displayOnly;
    if (capital !== undefined) entry.capital = capital;
    return entry;
  });
}
