// "More than 2,700 remain missing", "لا يزال 300 شخص في عداد المفقودين": a standing count, no event.
import { L, anyOf } from './word-pattern.js';

/** A short stretch of words between "still" and "missing" (who they are, how many). */
const FEW_WORDS = '(?:\\s+\\S+){0,6}?';

const STILL_MISSING = new RegExp(
  `(?<!${L})(?:(?:remain|remains|are still|is still|still)\\s+(?:missing|unaccounted for)|(?:${anyOf(['لا يزال', 'لا تزال', 'لا يزالون', 'ما زال', 'ما زالت', 'ما زالوا', 'مازال', 'مازالت', 'مازالوا'])})${FEW_WORDS}\\s+(?:${anyOf(['مفقودين', 'مفقودون', 'في عداد المفقودين', 'مجهولي المصير', 'مجهولو المصير'])}))(?!${L})`,
  'u',
);

/**
 * "More than 2,700 Yezidis remain missing since the 2014 assault": how many are still missing is a
 * tally standing since an event long past (often a campaign of years), not a disappearance of its
 * own with a day.
 */
export const tellsStillMissing = (text: string): boolean => STILL_MISSING.test(text);
