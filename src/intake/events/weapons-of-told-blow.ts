// The weapons of the blow told, told again: where they were fired from, how many they came to.
// Neither is a blow of its own; where they came from may name who is suspected of firing them.
import { L, anyOf } from '../reading/word-pattern.js';

const WEAPONS_AR = [
  'القذائف',
  'الصواريخ',
  'القذيفة',
  'الصاروخ',
  'القذيفتين',
  'الصاروخين',
  'المسيرة',
  'المسيرات',
  'الطائرة المسيرة',
  'الطائرات المسيرة',
];
const WEAPONS_EN = '(?:rockets?|shells?|missiles?|mortars?|mortar\\s+rounds?|projectiles?|drones?)';

/**
 * "أن الإرهابيين أطلقوا 4 صواريخ من مواقعهم في محيط المدينة", "militants fired four rockets from
 * their positions": the doers firing a count of weapons from a place (their positions, an area, a
 * direction), told after the blow itself — where it came from, not a blow there.
 */
const FIRED_THEM_FROM = `(?<!${L})(?:${anyOf(['أطلقوا', 'أطلق', 'أطلقت'])})\\s+(?:[^\\s،,.]+\\s+){0,3}?(?:${anyOf(['صواريخ', 'قذائف', 'صاروخين', 'قذيفتين', 'صاروخا', 'قذيفة'])})(?:\\s+[^\\s،,.]+){0,2}?\\s+${anyOf(['من'])}\\s+(?:${anyOf(['مواقعهم', 'مواقعه', 'مواقعها', 'مواقع', 'منطقة', 'محيط', 'اتجاه', 'جهة', 'أطراف', 'مناطق'])})(?!${L})|(?<!${L})fired\\s+(?:[^\\s,.]+\\s+){0,2}?${WEAPONS_EN}\\s+from\\s+(?:their|its|his|an?|the)\\s+(?:positions?|area|direction|orchard|farm|field)(?!${L})`;

/**
 * "أطلق الصاروخ من مواقع قوات النظام في ريفها الجنوبي": the verb first, then the weapons by their
 * definite name and where they came from — the origin of the blow told, as with the noun first.
 */
const FIRED_TOLD_FROM = `(?<!${L})(?:${anyOf(['أطلق', 'أطلقت', 'وأطلق', 'وأطلقت', 'انطلق', 'انطلقت'])})\\s+(?:${anyOf(WEAPONS_AR)})(?:\\s+[^\\s\\d،,.]+){0,2}?\\s+(?:${anyOf(['من'])})(?!${L})`;

/**
 * "أن القذائف أُطلقت من منطقة جنوبي المدينة", "the rockets were fired from an orchard nearby": the
 * weapons by their definite name, and where they were launched from — the origin of the blow just
 * told, not a blow at that place (a time between the verb and "from" changes nothing: "أطلقت
 * بعد منتصف الليل من منطقة زراعية", "were fired late on Monday from").
 */
const FIRED_FROM = new RegExp(
  `(?<!${L})(?:${anyOf(WEAPONS_AR)})\\s+(?:${anyOf(['قد'])}\\s+)?(?:${anyOf(['أطلقت', 'أطلق', 'انطلقت', 'انطلق'])})(?:\\s+[^\\s\\d،,.]+){0,3}?\\s+(?:${anyOf(['من'])})(?!${L})|(?<!${L})the\\s+${WEAPONS_EN}\\s+(?:were|was|had\\s+been)\\s+(?:fired|launched)(?:\\s+[^\\s\\d,.]+){0,3}?\\s+from(?!${L})|${FIRED_THEM_FROM}|${FIRED_TOLD_FROM}`,
  'u',
);

/**
 * "ليرتفع عدد الصواريخ التي سقطت إلى خمسة", "bringing the number of rockets that hit the base to
 * five": the count of the weapons of the blow told, risen with more of them found.
 */
const WEAPONS_COUNT = new RegExp(
  `(?<!${L})(?:${anyOf(['ارتفع', 'وارتفع', 'ليرتفع', 'يرتفع', 'ليصل', 'ليبلغ', 'بلغ', 'وبلغ'])})\\s+(?:${anyOf(['عدد', 'مجموع'])})\\s+(?:${anyOf(WEAPONS_AR)})(?!${L})|(?<!${L})(?:bringing|raising|brought|raised|putting)\\s+the\\s+(?:total\\s+)?number\\s+of\\s+${WEAPONS_EN}(?!${L})|(?<!${L})the\\s+(?:total\\s+)?number\\s+of\\s+${WEAPONS_EN}\\s+(?:rose|has\\s+risen|climbed)(?!${L})`,
  'u',
);

/** The clause (in matching form) tells where the weapons of the blow told were fired from. */
export function firedFromTold(matchText: string): boolean {
  // (every way FIRED_FROM tells it has a form of "أطلق"/"انطلق" or "from": most clauses have neither,
  // and a plain search rejects them faster than the pattern's try at every letter)
  return (matchText.includes('طلق') || matchText.includes('from')) && FIRED_FROM.test(matchText);
}

/** The clause (in matching form) tells how many weapons the blow told came to. */
export function countsWeaponsOfBlow(matchText: string): boolean {
  return WEAPONS_COUNT.test(matchText);
}
