import type { LocalizedText } from '../content/schema.js';

export type Country = 'IQ' | 'SY';
export type AdminKind = 'governorate' | 'district' | 'town';

/** Names in both languages; the first of each list is the canonical one. */
export interface PlaceNames {
  en: string[];
  ar: string[];
}

/** One administrative place: a governorate, a district (qada' / mantiqa) or a town. */
export interface GazetteerEntry {
  id: string;
  kind: AdminKind;
  country: Country;
  /** The governorate of a district; the district (or governorate) of a town; null for a governorate. */
  parent: string | null;
  names: PlaceNames;
  lat: number;
  lon: number;
  /**
   * Names that are also ordinary words ("القائم" the existing, "تدمر" destroys, "Hit"): they count in a
   * sentence only next to a cue such as في، قرب، قضاء، "town of", "in".
   */
  needsCue?: string[];
  /** English names that count only with their article ("al-Bab", never "Bab" alone). */
  needsArticle?: string[];
  /** Names shown (canonical) but never matched, being ordinary words ("بلد" country, "الدور" the role). */
  displayOnly?: string[];
  /** On a governorate: the id of the district named after its capital city (Mosul for Nineveh). */
  capital?: string;
}

/** A named area spanning several governorates (the Badia, Hamrin mountains): never resolved to one. */
export interface RegionEntry {
  id: string;
  kind: 'region';
  /** null: it crosses the border. */
  country: Country | null;
  /** Governorate ids it spans. */
  spans: string[];
  names: PlaceNames;
  needsCue?: string[];
  needsArticle?: string[];
  displayOnly?: string[];
}

export interface CountryEntry {
  id: Country;
  kind: 'country';
  country: Country;
  names: PlaceNames;
  needsCue?: string[];
  needsArticle?: string[];
  displayOnly?: string[];
}

export type Entry = GazetteerEntry | RegionEntry | CountryEntry;

/** A place name found in a sentence; start/end are UTF-16 offsets into the sentence as given. */
export interface PlaceMention {
  entry: Entry;
  start: number;
  end: number;
  /** The sentence's own words, `sentence.slice(start, end)`. */
  text: string;
}

export type PlacePrecision = 'locality' | 'district' | 'governorate' | 'country';

/** Compatible with the schema's `Place`. */
export interface ResolvedPlace {
  country: Country;
  governorate: LocalizedText | null;
  district: LocalizedText | null;
  locality: LocalizedText | null;
  precision: PlacePrecision;
  /** The article's own words for the place. */
  text: string;
}
