// Bodies found in scattered places over a span: a tally of findings, no event of its own.
import { L, anyOf } from '../reading/word-pattern.js';

/** Bodies found: "جثث", "جثة", "the bodies of", "bodies". */
const BODIES = new RegExp(`(?<!${L})(?:${anyOf(['جثث', 'جثة', 'جثتي', 'جثتين'])}|bodies)(?!${L})`, 'u');

/**
 * "في مناطق متفرقة من جانب الرصافة", "في أحياء مختلفة من المدينة", "in different parts of Baghdad",
 * "in various neighbourhoods": places told as many, none of them named.
 */
const SCATTERED_PLACES = new RegExp(
  `(?<!${L})(?:${anyOf(['مناطق', 'أحياء', 'أماكن'])}) (?:${anyOf(['متفرقة', 'مختلفة', 'متعددة'])})(?!${L})|(?<!${L})(?:different|various|several|separate|scattered) (?:parts|areas|districts|neighbou?rhoods|places)(?!${L})`,
  'u',
);

/**
 * "وقال المصدر إن الشرطة عثرت خلال الساعات الـ24 الماضية على جثث خمسة أشخاص في مناطق متفرقة من
 * جانب الرصافة", "Police found 11 bodies in different parts of Baghdad": bodies turned up over a day
 * or more at places told only as many are the police's tally of findings — people killed at other
 * times and places, by no blow the article tells — not an incident (bodies found at one place are).
 */
export function bodiesFoundScattered(matchText: string): boolean {
  return BODIES.test(matchText) && SCATTERED_PLACES.test(matchText);
}
