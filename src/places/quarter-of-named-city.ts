// "the Bab Sharqi neighborhood of Old Damascus": a quarter told as of a city is in that city.
import type { Entry } from './types.js';

/** A place name matched in the sentence: where it begins (its clitic before it) and what it is. */
export interface NamedAt {
  readonly start: number;
  readonly clitic: string;
  readonly entry: Entry;
}

/** What joins a quarter to its city after its name: "neighbourhood of", "quarter of the old", "district of Old". */
const OF_CITY =
  /^\s+(?:neighbou?rhood|quarter|district)\s+of\s+(?:the\s+)?(?:(?:old|new|eastern|western|northern|southern|central)\s+)?$/iu;

/**
 * The name at [start, end) is told as a quarter of a city named right after it that lies in another
 * country: the gazetteer's place of that name is a namesake ("Bab Sharqi" of Old Damascus is no
 * Bab al-Sharqi of Baghdad), so it places nothing and the city places the event. (Arabic copy
 * writes "حي X في مدينة Y", which the quarter readers of incidents already take as Y's.)
 */
export function namesQuarterOfOtherCountry(
  sentence: string,
  own: NamedAt & { readonly end: number },
  named: readonly NamedAt[],
): boolean {
  // (a town or quarter; "the Damascus district of Bab Sharqi" tells the city first, the quarter after)
  if (own.entry.kind !== 'town') return false;
  return named.some(
    (n) =>
      n.entry.kind !== 'region' &&
      n.entry.country !== own.entry.country &&
      n.start >= own.end &&
      OF_CITY.test(sentence.slice(own.end, n.start - n.clitic.length)),
  );
}
