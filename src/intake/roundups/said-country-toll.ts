// A source's count of the dead over the whole country, told beside the news's own event: the sum of
// every event in the land that day or span, a figure, no incident of the article.
import { L, anyOf } from '../reading/word-pattern.js';
import { ACROSS_EN, COUNTRY_EN } from './whole-country.js';

/**
 * "Activists said more than 200 people were killed across Syria on Monday", "the Observatory says at
 * least 94 people were killed throughout the country on Sunday, among them 41 civilians": a source
 * saying how many died across the whole country counts all its events (not a roundup's own lead, "At
 * least nine people were killed across Iraq on Monday", which says no source and sums the items told
 * after it: incident-totals.ts).
 */
const SAID_COUNTRY_TOLL = new RegExp(
  `(?<!${L})(?:said|says|say|reported|reports|estimated|according to)(?!${L})[^.;:]*?(?<!${L})(?:killed|died|dead|wounded|injured)\\s+${anyOf([...ACROSS_EN, 'all over'])}\\s+${COUNTRY_EN}(?!${L})`,
  'u',
);

/** The clause (in matching form) gives a source's count of the dead across the whole country. */
export const saidCountryToll = (matchText: string): boolean => SAID_COUNTRY_TOLL.test(matchText);
