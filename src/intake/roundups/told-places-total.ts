// A count told of "the three towns" a roundup just named one by one: their sum, no item's own.
import { AR_UNITS, EN_SMALL } from '../reading/number-words.js';
import { L, anyOf } from '../reading/word-pattern.js';

const EN_COUNTS = Object.entries(EN_SMALL)
  .filter(([, n]) => n >= 2 && n <= 10)
  .map(([w]) => w);
const AR_COUNTS = Object.entries(AR_UNITS)
  .filter(([, n]) => n >= 3 && n <= 10)
  .map(([w]) => `ال${w}`);
const EN_PLACES = [
  'towns',
  'villages',
  'cities',
  'areas',
  'neighbourhoods',
  'neighborhoods',
  'districts',
  'sites',
];
const AR_PLACES = ['البلدات', 'القرى', 'المدن', 'المناطق', 'الأحياء', 'المواقع'];
/** A dual names the two just told without a number: "في البلدتين". */
const AR_TWO_PLACES = ['البلدتين', 'القريتين', 'المدينتين', 'المنطقتين', 'الحيين'];

/**
 * "At least 20 people were wounded across the four towns", "وأصيب 11 آخرون بجراح متفاوتة في
 * البلدات الثلاث", "في القريتين", "in both villages": the places a definite count names are the ones
 * the items before told, so the toll is summed over them and belongs to none (the last item told
 * has its own). Not "in three villages" (no article): that tells places the clause names anew.
 */
const TOLD_PLACES = new RegExp(
  [
    `(?<!${L})(?:across|in|at) (?:(?:all|each of) )?(?:(?:the|these|those) (?:${EN_COUNTS.join('|')})|both) (?:${EN_PLACES.join('|')})(?!${L})`,
    `(?<!${L})و?(?:في|ب|على) ?(?:(?:${anyOf(AR_PLACES)}) (?:${AR_COUNTS.join('|')}|${anyOf(['المذكورة'])})|${anyOf(AR_TWO_PLACES)})(?!${L})`,
  ].join('|'),
  'u',
);
/**
 * "The strikes also wounded more than 25 people, …, without giving a breakdown": a count the source
 * would not split among the items told is their sum as well. Not a toll told unsplit ("In X, nine
 * people were killed or wounded …, who did not give a breakdown"): the breakdown it lacks is of its
 * dead and its wounded, and the count is its own.
 */
const NO_BREAKDOWN = new RegExp(
  `(?<!${L})(?:without (?:giving|providing|offering)|(?:did not|didn't|does not|doesn't) (?:give|provide)) (?:a|any) breakdown(?!${L})`,
  'u',
);

/** `placesTold`: how many incidents the article built before this clause; `unsplit`: its toll is told unsplit. */
export function totalOfToldPlaces(matchText: string, placesTold: number, unsplit: boolean): boolean {
  return placesTold >= 2 && (TOLD_PLACES.test(matchText) || (!unsplit && NO_BREAKDOWN.test(matchText)));
}
