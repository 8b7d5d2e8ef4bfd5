// Where the displaced hit by a blow had fled from is not where it fell.

/**
 * "سقطت إحداها أمام منزل عائلة نازحة من ريف حمص", "أصابت منزلاً يقطنه نازحون من مدينة عفرين", "خيمة
 * لمهجّرات من الغوطة": the town or countryside the displaced came from, told by the feminine or a
 * plural of "نازح" / "مهجّر" (ORIGIN, origin.ts, reads the masculine and "نازحين"), up to four words
 * and never past a word that places them now ("… من ريف حماة في مخيم قرب أطمة"). Left out of the
 * clause's place.
 */
export const DISPLACED_FROM =
  /(?<![\p{L}])(?:ال|ل|لل)?(?:نازح|مهج\u0651?ر)(?:ة|ون|ات|تان|تين)\s+من(?:\s+(?!(?:في|قرب|داخل|على|عند|إلى|الى|حيث|بعد|منذ)(?![\p{L}]))(?![بو]?(?:مخيم|مخيمات)(?![\p{L}]))[^\s،,.؛:]+){1,4}/gu;
