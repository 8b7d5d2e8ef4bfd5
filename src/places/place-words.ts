import type { Token } from './tokens.js';

/**
 * Word lists for reading the words around a place name, in matching form (folded Arabic without
 * clitics or article, lower-case Latin), and small helpers over sentence tokens.
 */

/** Compass points: "north of Kirkuk", "شمال كركوك", "شمالي الموصل". */
const COMPASS_EN = ['north', 'south', 'east', 'west'];
const COMPASS_EN_BETWEEN = ['northeast', 'northwest', 'southeast', 'southwest'];
const COMPASS_EN_ADJECTIVES = ['northern', 'southern', 'eastern', 'western'];
const COMPASS_AR = ['شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي'];

/** Words before an ambiguous name that show it is a place (folded, no clitic, no article). */
export const ARABIC_NAME_CUES = new Set([
  'في',
  'قرب',
  'من',
  'الي',
  'علي',
  'نحو',
  'اتجاه',
  'داخل',
  'خارج',
  'اطراف',
  'محيط',
  'ضواحي',
  'مدينه',
  'مدينتي',
  'بلده',
  'بلدتي',
  'بلدات',
  'مدن',
  'محافظه',
  'محافظتي',
  'محافظات',
  'قضاء',
  'قضاءي',
  'قضايي',
  'اقضيه',
  'ناحيه',
  'ناحيتي',
  'نواحي',
  'منطقه',
  'مناطق',
  'قريه',
  'قري',
  'مركز',
  'ريف',
  // the dual construct: "في ريفي حماة وإدلب", the countrysides of both
  'ريفي',
  'باديه',
  'صحراء',
  'جزيره',
  'حدود',
  ...COMPASS_AR,
  'بين',
  'عند',
  'مدخل',
  'طريق',
  'مخيم',
  'معبر',
  'حي',
  'سجن',
  'مطار',
  'قاعده',
  'جبال',
  'جبل',
  // a town's barren highlands ("جرود عرسال", "جرود قارة"): its outlying mountains, a place
  'جرود',
  'وادي',
  'سهل',
  'تخوم',
  'مشارف',
  'وسط',
  'حقل',
  'جوار',
  'حول',
  'عمق',
  // the orchards of a town, where its fighting often is: "في بساتين القصير"
  'بساتين',
]);
/**
 * Adjectives of a part of a building or a thing, which never qualify a town: after a name that is
 * also an ordinary word they show the word ("عند الباب الخلفي", the back door, not al-Bab).
 */
export const PART_ADJECTIVES = new Set(
  ['رييسي', 'امامي', 'خلفي', 'خارجي', 'داخلي', 'جانبي'].flatMap((w) => [w, `${w}ه`]),
);
/** English words before an ambiguous name that show it is a place ("in Hit", "north of Hit"). */
export const ENGLISH_NAME_CUES_BEFORE = new Set([
  'in',
  'near',
  'of',
  'at',
  'from',
  'to',
  'towards',
  'toward',
  'outside',
  'around',
  'into',
  'across',
  'between',
  'via',
  'through',
  'inside',
  'within',
  'town',
  'city',
  'village',
  'district',
  'area',
  'outskirts',
  ...COMPASS_EN,
  ...COMPASS_EN_ADJECTIVES,
  // "in central Hit", "downtown Hit": the middle of a town told as its side is
  'central',
  'downtown',
  ...COMPASS_EN_BETWEEN,
  'province',
  'governorate',
  'subdistrict',
  'countryside',
]);
/** English words after an ambiguous name that show it is a place ("Hit district"). */
export const ENGLISH_NAME_CUES_AFTER = new Set([
  'district',
  'town',
  'city',
  'area',
  'countryside',
  'desert',
  'subdistrict',
  'governorate',
  'province',
  'region',
  'camp',
  'crossing',
  'airport',
  'base',
  'outskirts',
  'border',
  // "near the Arak gas field", "the Omar oil field": a field named for the place it lies by
  'gas',
  'oil',
  'gasfield',
  'oilfield',
]);

/** Words that make the place a spot relative to the named one: "near", "north of", "قرب", "شمال". */
export const RELATIVE_WORDS = new Set([
  'near',
  ...COMPASS_EN,
  ...COMPASS_EN_BETWEEN,
  'outside',
  'outskirts',
  'off',
  'beyond',
  'قرب',
  ...COMPASS_AR,
  'اطراف',
  'محيط',
  'ضواحي',
  'مشارف',
  'خارج',
  'تخوم',
  'جوار',
  'مقربه',
]);

/**
 * English words for a part of a city, told between the city and "of" and the part's name ("the
 * Aleppo district of X", "the Hamra and Rawda neighbourhoods of Homs").
 */
export const CITY_PART_NOUNS = [
  'district',
  'districts',
  'neighbourhood',
  'neighbourhoods',
  'neighborhood',
  'neighborhoods',
  'quarter',
  'quarters',
  'suburb',
  'suburbs',
  'area',
] as const;

/** Nouns that name a spot by themselves ("a village", "the road"). */
export const SPOT_NOUNS = new Set([
  'village',
  'villages',
  'road',
  'highway',
  'farm',
  'farms',
  'farmland',
  'checkpoint',
  'hamlet',
  'neighbourhood',
  'neighborhood',
  'قريه',
  'قري',
  'طريق',
  'مزرعه',
  'مزارع',
  'حي',
  'سيطره',
  'نقطه',
]);

/** Nouns that only widen a relative phrase ("the desert east of Homs"); alone they name the area itself. */
export const AREA_NOUNS = new Set([
  'desert',
  'area',
  'areas',
  'region',
  'صحراء',
  'باديه',
  'منطقه',
  'مناطق',
  'اراضي',
  'ارض',
  'بساتين',
]);

/** Words that may sit inside a place phrase without ending it. */
export const PHRASE_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'between',
  'town',
  'city',
  'district',
  'province',
  'governorate',
  'subdistrict',
  'km',
  'kilometres',
  'kilometers',
  'miles',
  'mile',
  'linking',
  'connecting',
  'countryside',
  'rural',
  ...COMPASS_EN_ADJECTIVES,
  'central',
  'downtown',
  'محافظه',
  'قضاء',
  'قضاءي',
  'قضايي',
  'ناحيه',
  'مدينه',
  'بلده',
  'مركز',
  'ريف',
  // "قرب الكسوة جنوب العاصمة دمشق": the capital named by its title before its name, as "مدينة" is
  'العاصمه',
  'من',
  'بين',
  'كم',
  'كيلومتر',
  'كيلومترات',
  'الرابط',
  'رابط',
  'الواصل',
  'واصل',
  'بعد',
  'مسافه',
  'وسط',
  'تابعه',
  'تابع',
  'belonging',
]);

/** Words naming the kind of place just before its name; they belong to the place's text. */
export const DESIGNATORS_BEFORE = new Set([
  ...COMPASS_EN_ADJECTIVES,
  'town',
  'city',
  'province',
  'governorate',
  'district',
  'محافظه',
  'قضاء',
  'قضاءي',
  'ناحيه',
  'مدينه',
  'بلده',
  'ريف',
  'صحراء',
  'باديه',
]);

/** Words just after a name that belong to the place's text ("countryside", "الشرقي"). */
export const DESIGNATORS_AFTER = new Set([
  'countryside',
  'province',
  'governorate',
  'district',
  'desert',
  'region',
  'الشرقي',
  'الغربي',
  'الشمالي',
  'الجنوبي',
]);

/**
 * Ordinary words whose first letter reads like the preposition "ب" before a place name: "سقط برميلان
 * على السوق", two barrels (the dual of "برميل"), not "in Rmelan"; "نحن بصدد", about to, not "in Sadad".
 */
export const WHOLE_WORDS_NOT_CLITIC = new Set(['برميلان', 'برميلين', 'بصدد']);

/** Prepositions and directions that introduce where something happened. */
export const LOCATIVE_WORDS = new Set([
  'in',
  'near',
  'at',
  'outside',
  'inside',
  ...COMPASS_EN,
  'across',
  'around',
  'into',
  'في',
  'قرب',
  ...COMPASS_AR,
  'داخل',
  // "وسط مدينة الحلة": the middle of a place is in it, as "داخل" is
  'وسط',
  'اطراف',
  'عند',
  'علي',
]);

/**
 * Where the doers are based, not where they struck: "إرهابيون من التنظيمات المنتشرة في ريف حمص الشمالي
 * أطلقوا قذائف على حي الزهراء", "militants positioned in the area of al-Lataminah fired rockets".
 */
export const STATIONED_WORDS = new Set([
  'المنتشرة',
  'المنتشره',
  'المنتشرين',
  'المتمركزة',
  'المتمركزه',
  'المتمركزين',
  'المتحصنة',
  'المتحصنه',
  'المتحصنين',
  'positioned',
  'stationed',
  'entrenched',
  // "…struck the Mezzeh district of Damascus, SANA said, blaming "terrorist groups" in Wadi Barada":
  // where those blamed are
  'blaming',
]);

/**
 * Words that name a place as the limit of the spot, on its other side: "المنطقة الجبلية المحاذية لحدود
 * محافظة كركوك", "المتاخمة لمحافظة الأنبار", "hills bordering Kirkuk province", "adjacent to Diyala"
 * (folded, no clitic or article).
 */
export const BORDERING_WORDS = new Set(['محاذيه', 'محاذي', 'متاخمه', 'متاخم', 'bordering', 'adjacent']);
/**
 * What may stand between a bordering word and the place: "لحدود محافظة", "to", "the border of"; and
 * a town's airport, which lies on its edge ("المحاذية لمطار المزة", "bordering the Mezzeh airport":
 * the spot lies against the town, not in it).
 */
export const BORDER_LINK_WORDS = new Set([
  'حدود',
  'مطار',
  'airport',
  'محافظه',
  'قضاء',
  'to',
  'border',
  'borders',
  'of',
  'with',
  'the',
]);

/** Words that introduce where someone came from, not where something happened. */
export const ORIGIN_WORDS = new Set(['from', 'من']);

export const CLAUSE_BREAK = /[.,،;؛:!?؟()"«»\n]/;

/** Index of the first token ending after `offset` (the token at or after it). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  const i = tokens.findIndex((t) => t.end > offset);
  return i === -1 ? tokens.length : i;
}

/** Whether punctuation separates two tokens. */
export function brokenBetween(sentence: string, left: Token, right: Token): boolean {
  return CLAUSE_BREAK.test(sentence.slice(left.end, right.start));
}
