// A spot measured from a city far off: the city is a landmark, not the governorate of the spot.

/**
 * Kilometres beyond which a spot lies outside the governorate of the capital it is measured from:
 * Baghdad's governorate reaches some 50 km from the city, Damascus's is the city alone.
 */
const FAR_KM = 100;
const KM_PER_MILE = 1.609;

/**
 * "near the town of X, 250 km west of Baghdad", "some 90 miles north of Baghdad", "على بعد 300 كم
 * غرب بغداد": wire copy places a town by its distance from the capital; a hundred kilometres and more
 * from it, the town lies in another governorate than the capital's, which is the city and its near
 * outskirts (where the town is one the gazetteer does not know, the capital would be taken for the
 * place). The distance, direction and capital are left out of the clause's place, which then falls
 * back on the article's. (Only the capitals: a big governorate's seat, "150 km west of Mosul", may
 * well be in the spot's governorate.)
 */
const MEASURED_FAR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:about|some|around|roughly|nearly|approximately)\s+)?(?<en>\d[\d,]*)\s*(?<unit>kilometres|kilometers|km|miles)(?:\s*\([^()]{1,30}\))?\s+(?:(?:north|south)-?(?:east|west)?|east|west)(?:ern)?\s+of\s+(?:the\s+(?:Iraqi\s+|Syrian\s+)?capital(?:\s+of)?\s+|the\s+city\s+of\s+)?(?:Baghdad|Damascus)(?![\p{L}])` +
    '|' +
    String.raw`(?:على\s+(?:بعد|مسافة)\s+)(?:(?:نحو|حوالي|قرابة|زهاء)\s+)?(?<ar>\d+)\s*(?:كيلومترا|كيلومترات|كيلومتر|كلم|كم)\u064B?\s+(?:(?:شمال|جنوب|شرق|غرب)ي?(?:\s+(?:شرق|غرب)ي?)?)\s+(?:(?:مدينة|العاصمة)\s+)?(?:العاصمة|بغداد|دمشق)(?![\p{L}])`,
  'gu',
);

/** The text with each far measure's distance and city blanked (same length, offsets keep). */
export function withoutFarMeasure(text: string): string {
  if (!/\d/u.test(text)) return text;
  return text.replace(MEASURED_FAR, (m, ...args) => {
    const groups = args[args.length - 1] as { en?: string; unit?: string; ar?: string };
    const figure = Number((groups.en ?? groups.ar ?? '').replace(/,/gu, ''));
    const km = groups.unit === 'miles' ? figure * KM_PER_MILE : figure;
    return km >= FAR_KM ? ' '.repeat(m.length) : m;
  });
}
