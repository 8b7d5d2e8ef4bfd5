// A lead whose toll it says fell in two or more events it names.
import { L, anyOf } from '../reading/word-pattern.js';

const EVENTS_AR = [
  'ضربة',
  'ضربات',
  'غارة',
  'غارات',
  'قصف',
  'هجوم',
  'هجمات',
  'تفجير',
  'انفجار',
  'كمين',
  'اشتباك',
  'اشتباكات',
];
const DUALS_AR = ['غارتين', 'ضربتين', 'هجومين', 'تفجيرين', 'انفجارين', 'كمينين', 'عبوتين'];
const EVENTS_EN = [
  'raids',
  'strikes',
  'air strikes',
  'airstrikes',
  'attacks',
  'bombings',
  'blasts',
  'explosions',
  'ambushes',
  'clashes',
];
const EVENT_EN = [
  'raid',
  'strike',
  'air strike',
  'airstrike',
  'attack',
  'bombing',
  'blast',
  'explosion',
  'ambush',
];
const SEVERAL_EN = ['two', 'three', 'four', 'five', '2', '3', '4', '5'];
/** Kinds of deed a roundup lists in the plural ("in bombings, assassinations and clashes"). */
const DEEDS_EN = [...EVENTS_EN, 'assassinations', 'killings', 'shootings', 'shelling'];
const DEEDS_AR = [
  'ضربات',
  'غارات',
  'هجمات',
  'تفجيرات',
  'انفجارات',
  'اغتيالات',
  'عمليات اغتيال',
  'اشتباكات',
  'كمائن',
  'قصف',
];
/** Places in the plural, several of one kind: "in several towns". */
const PLACES_EN = [
  'towns',
  'cities',
  'villages',
  'areas',
  'districts',
  'provinces',
  'neighbourhoods',
  'neighborhoods',
];
const PLACES_AR = ['أحياء', 'مناطق', 'بلدات', 'قرى', 'مدن'];

/**
 * "killed 20 civilians in two raids", "in an air strike and an ambush", "مقتل 25 إرهابياً بضربة جوية
 * وكمين", "بغارتين": the toll is told as the sum of the events the body then tells one by one, so a
 * lead saying so sums them even where the body's figures differ from it (the body wins). So do two
 * kinds of blow joined as the doers of the toll ("with clashes and shelling killing at least 14",
 * "strikes and shelling killed 30"): the day's events of both kinds. So does a toll told of three
 * kinds of deed listed ("in bombings, assassinations and clashes", "في تفجيرات واغتيالات
 * واشتباكات") or of several places of one kind ("as protests turned violent in several towns"):
 * each deed, each place, is told after it.
 */
export const NAMES_SEVERAL_EVENTS = new RegExp(
  [
    `(?<!${L})in (?:${anyOf(SEVERAL_EN)}) (?:separate )?(?:${anyOf(EVENTS_EN)})(?!${L})`,
    `(?<!${L})in an? (?:${anyOf(EVENT_EN)})(?!${L})[^.,;]{0,40}? and an? (?:${anyOf(EVENT_EN)})(?!${L})`,
    `(?<!${L})(?:${anyOf([...EVENTS_EN, 'shelling'])}) and (?:${anyOf([...EVENTS_EN, 'shelling'])}) (?:killing|killed|have killed|left)(?!${L})`,
    // "killed last week in bombings, assassinations and clashes", "في تفجيرات واغتيالات واشتباكات":
    // three kinds of deed listed, each in the plural
    `(?<!${L})in (?:${anyOf(DEEDS_EN)}), (?:${anyOf(DEEDS_EN)}),? and (?:${anyOf(DEEDS_EN)})(?!${L})`,
    `(?<!${L})(?:في |ب)(?:${anyOf(DEEDS_AR)})(?:،? ?و?(?:${anyOf(DEEDS_AR)})){2}(?!${L})`,
    // "as protests turned violent in several towns" (not "في مناطق متفرقة": a lead told so may be
    // the only telling of an item the body joins to the one before it)
    `(?<!${L})in (?:several|many|various|a number of|multiple) (?:${anyOf(PLACES_EN)})(?!${L})`,
    `(?<!${L})ب(?:${anyOf(DUALS_AR)})(?!${L})`,
    `(?<!${L})ب(?:${anyOf(EVENTS_AR)})(?!${L})[^.،؛]{0,40}?\\sو(?:${anyOf(EVENTS_AR)})(?!${L})`,
  ].join('|'),
  'u',
);

/**
 * "Two roadside bombs went off in quick succession in Mosul, killing seven", "three car bombs
 * exploded": a lead that counts its blows (two to five), which the body may then tell one by one.
 */
export const COUNTED_BLOWS = new RegExp(
  `(?<!${L})(?:${anyOf(SEVERAL_EN)}) (?:[\\p{L}-]+ ){0,2}?(?:bombs|blasts|explosions|bombings)(?!${L})`,
  'u',
);

/**
 * "The first bomb struck a police patrol…, killing three", "a second bomb placed on a cart exploded…,
 * killing two": one of the counted blows, told by its rank with a toll of its own.
 */
export const RANKED_BLOW = new RegExp(
  `(?<!${L})(?:the|a) (?:first|second|third|fourth|fifth) (?:[\\p{L}-]+ )?(?:bomb|blast|explosion|bombing)(?!${L})`,
  'u',
);

/**
 * "بين قصف تركي وهجوم لتنظيم داعش", "between shelling and an ambush": the toll's events told as of
 * two kinds, each named with its own words.
 */
export const BETWEEN_TWO_KINDS = new RegExp(
  [
    `(?<!${L})between (?:${anyOf([...EVENTS_EN, ...EVENT_EN, 'shelling'])})(?!${L})[^.,;]{0,40}? and (?:an? )?(?:${anyOf([...EVENTS_EN, ...EVENT_EN, 'shelling'])})(?!${L})`,
    `(?<!${L})(?:${anyOf(['بين'])}) (?:${anyOf(EVENTS_AR)})(?!${L})[^.،؛]{0,40}?\\sو(?:${anyOf(EVENTS_AR)})(?!${L})`,
  ].join('|'),
  'u',
);

/**
 * "على عدة أحياء خاضعة للمعارضة في مدينة حلب", "على أحياء عدة", "على عدد من الأحياء السكنية", "on
 * several neighbourhoods": a toll told as falling on several places of one kind, counted (not
 * "scattered", "في مناطق متفرقة": a lead told so may be the only telling of an item); the places are
 * told one by one after it, each with its own toll.
 */
export const SEVERAL_PLACES = new RegExp(
  [
    `(?<!${L})(?:in|on|across) (?:several|many|various|a number of|multiple) (?:${anyOf(PLACES_EN)})(?!${L})`,
    `(?<!${L})(?:${anyOf(['في', 'على'])}) (?:(?:${anyOf(['عدة', 'عدد من', 'جملة من', 'العديد من'])}) (?:ال)?(?:${anyOf(PLACES_AR)})|(?:${anyOf(PLACES_AR)}) (?:${anyOf(['عدة', 'عديدة'])}))(?!${L})`,
  ].join('|'),
  'u',
);
