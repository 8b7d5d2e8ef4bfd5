// A spot measured from a city far off: the city is a landmark, not the governorate of the spot.

/** Kilometres beyond which a spot lies outside the governorate of the city it is measured from (Baghdad's reaches ~50 km). */
const FAR_KM = 100;
const KM_PER_MILE = 1.609;

/**
 * "near the town of X, 250 km west of Baghdad", "some 90 miles north of Baghdad", "على بعد 300 كم
 * غرب بغداد": a spot the article places by its distance from a big city, a hundred kilometres and
 * more, lies in another governorate than the city's (where the town is one the gazetteer does not
 * know, the city would be taken for the place). The distance, direction and city are left out of the
 * clause's place, which then falls back on the article's.
 */
const MEASURED_FAR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:about|some|around|roughly|nearly|approximately)\s+)?(?<en>\d[\d,]*)\s*(?<unit>kilometres|kilometers|km|miles)(?:\s*\([^()]{1,30}\))?\s+(?:(?:north|south)-?(?:east|west)?|east|west)(?:ern)?\s+of\s+(?:the\s+(?:city|town|capital)\s+of\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)?` +
    '|' +
    String.raw`(?:على\s+(?:بعد|مسافة)\s+)(?:(?:نحو|حوالي|قرابة|زهاء)\s+)?(?<ar>\d+)\s*(?:كيلومترا|كيلومترات|كيلومتر|كلم|كم)\u064B?\s+(?:(?:شمال|جنوب|شرق|غرب)ي?(?:\s+(?:شرق|غرب)ي?)?)\s+(?:(?:مدينة|العاصمة)\s+)?[^\s،,.؛:()]+`,
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
