import { arabicReadings, type Token } from './tokens.js';

/**
 * Word lists for reading the words around a place name, in matching form (folded Arabic without
 * clitics or article, lower-case Latin), and small helpers over sentence tokens.
 */

/** Words that make the place a spot relative to the named one: "near", "north of", "قرب", "شمال". */
export const RELATIVE_WORDS = new Set([
  'near',
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'outside',
  'outskirts',
  'off',
  'beyond',
  'قرب',
  'شمال',
  'جنوب',
  'شرق',
  'غرب',
  'شمالي',
  'جنوبي',
  'شرقي',
  'غربي',
  'اطراف',
  'محيط',
  'ضواحي',
  'مشارف',
  'خارج',
  'تخوم',
  'جوار',
  'مقربه',
]);

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
  'northern',
  'southern',
  'eastern',
  'western',
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
  'northern',
  'southern',
  'eastern',
  'western',
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

/** Prepositions and directions that introduce where something happened. */
export const LOCATIVE_WORDS = new Set([
  'in',
  'near',
  'at',
  'outside',
  'inside',
  'north',
  'south',
  'east',
  'west',
  'across',
  'around',
  'into',
  'في',
  'قرب',
  'شمال',
  'جنوب',
  'شرق',
  'غرب',
  'شمالي',
  'جنوبي',
  'شرقي',
  'غربي',
  'داخل',
  'اطراف',
  'عند',
  'علي',
]);

/** Where the wounded were taken: a place named after one of these is not where the event happened. */
export const CARE_WORDS = new Set([
  'hospital',
  'hospitals',
  'clinic',
  'مشفي',
  'مشفى',
  'مستشفي',
  'مستشفى',
  'مشافي',
  'مستشفيات',
  'اسعفوا',
  'اسعف',
  'نقلوا',
  'نقل',
]);

/** Words that introduce where someone came from, not where something happened. */
export const ORIGIN_WORDS = new Set(['from', 'من']);

export const CLAUSE_BREAK = /[.,،;؛:!?؟()"«»\n]/;

/** The forms of a token to look up in word lists: Latin as is; Arabic also without clitics and article. */
export function wordForms(token: Token): string[] {
  if (!token.arabic) return [token.norm];
  return [token.norm, ...arabicReadings(token.norm, true).map((r) => r.core)];
}

export function isIn(set: ReadonlySet<string>, token: Token | undefined): boolean {
  return token !== undefined && wordForms(token).some((w) => set.has(w));
}

/** Index of the first token ending after `offset` (the token at or after it). */
export function tokenAt(tokens: Token[], offset: number): number {
  const i = tokens.findIndex((t) => t.end > offset);
  return i === -1 ? tokens.length : i;
}

/** Whether punctuation separates two tokens. */
export function brokenBetween(sentence: string, left: Token, right: Token): boolean {
  return CLAUSE_BREAK.test(sentence.slice(left.end, right.start));
}
