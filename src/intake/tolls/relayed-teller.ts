// A teller that relays another's words: the figures it gives are that other teller's account.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "ونقلت وكالة سانا عن مصدر في الشرطة أن ثمانية مدنيين قتلوا", "في المقابل، نقلت الوكالة الرسمية عن
 * مصدر عسكري أن…": a sentence opened by an outlet relaying ("نقل … عن") a source's words — a teller
 * giving its own figure of what was told, as "said" or "put the toll at" does.
 */
export const RELAYS_TELLER = new RegExp(
  `^[^\\p{L}\\p{N}]*(?:(?:${anyOf(['في المقابل', 'وفي المقابل', 'بالمقابل', 'وبالمقابل'])})[^\\p{L}\\p{N}]+)?(?:${anyOf(['نقل', 'ونقل', 'نقلت', 'ونقلت'])})\\s+(?:[^\\s،,.؛]+\\s+){1,8}?(?:${anyOf(['عن'])})(?!${L})`,
  'u',
);
