// "Government helicopters dropped barrel bombs on the town on Monday, killing three", "أصيب طفلان
// بانفجار لغم … على الأطراف الشرقية للبلدة": a blow placed only at "the town", bare, with no name
// after it, is placed at the town the article is about; "the town" is that town named back, not a
// place the gazetteer failed to find.
import { L, anyOf } from '../reading/word-pattern.js';

/** The kinds of settlement an article names its own town back by. */
const TOWNS_EN = '(?:town|city|village|camp)';
const TOWNS_AR = ['البلدة', 'المدينة', 'القرية', 'المخيم'];
/** The same, without their article, as they are written after a clinging "بال", "لل". */
const TOWNS_AR_BARE = ['بلدة', 'مدينة', 'قرية', 'مخيم'];

/**
 * "on the town", "in the city" (not "the town of X", "the city council", a name still to come; nor
 * "the town's …", which place-pointer.ts reads as a part of the town told).
 */
const BARE_EN = new RegExp(
  `(?<!${L})(?:on|in|into|at|near|around|inside|outside|over|across|toward|towards) the ${TOWNS_EN}(?!${L})(?! (?:of|s|council|hall|centre|center|authorities|officials)(?!${L}))`,
  'u',
);

/** "في البلدة", "على المدينة", "داخل القرية", and with a clinging preposition "بالبلدة", "للبلدة". */
const BARE_AR = new RegExp(
  `(?<!${L})(?:(?:${anyOf(['في', 'على', 'داخل', 'قرب', 'عند', 'إلى', 'وسط', 'أطراف', 'محيط'])})\\s+${anyOf(TOWNS_AR)}|(?:${anyOf(['بال', 'لل', 'وبال', 'ولل', 'فبال'])})${anyOf(TOWNS_AR_BARE)})(?!${L})`,
  'u',
);

/**
 * Bodies found: "the bodies of 30 tribesmen … were found in a well outside the town", "عثر على جثث
 * … قرب البلدة". The finding is no blow struck at the town; a clause that only finds bodies there
 * keeps the place it had (none), as before this rule.
 */
const BODIES_FOUND = new RegExp(
  `(?<!${L})(?:bod(?:y|ies)|corpses?)(?!${L})[^.;]{0,80}?(?<!${L})(?:found|discovered|recovered|dumped|pulled)(?!${L})|(?<!${L})(?:${anyOf(['عثر', 'وعثر', 'عثرت', 'وعثرت', 'العثور', 'انتشال', 'وانتشال', 'انتشلت'])})(?!${L})[^.؛]{0,40}?${anyOf(['جثة', 'جثث', 'جثتي', 'جثتين', 'جثمان'])}`,
  'u',
);

/** Whether a clause (its match view) places its blow only at "the town", named back bare. */
export const atTheBareTown = (matchText: string): boolean =>
  (BARE_EN.test(matchText) || BARE_AR.test(matchText)) && !BODIES_FOUND.test(matchText);
