// The words that name a whole country a toll is counted over, kept in one place so that every rule
// reading "across Iraq", "throughout the country" or "killed across Syria" knows the same country.
import { anyOf } from '../reading/word-pattern.js';

/** The whole country in English, as written: "Iraq", "Syria", "the country". */
export const COUNTRY_NAMES_EN = ['Iraq', 'Syria', 'the country'] as const;

/** The whole country as a pattern source on the text as written: "Syria", "the  country". */
export const COUNTRY_AS_WRITTEN_EN = `(?:${COUNTRY_NAMES_EN.map((name) => name.replace(' ', '\\s+')).join('|')})`;

/** The whole country as a pattern source in matching form: "syria", "the country". */
export const COUNTRY_EN = anyOf(COUNTRY_NAMES_EN);

/** "across", "throughout": over the whole of a place ("across Iraq", "throughout the country"). */
export const ACROSS_EN = ['across', 'throughout'] as const;
