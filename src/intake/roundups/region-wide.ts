// A toll told of a region of the country ("in southern Syria"): the events it sums may be in any of its governorates.
import { matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';

const SIDES = ['north', 'south', 'east', 'west'].flatMap((s) => [s, `${s}ern`]);
const EN_SIDE = `(?:${[...SIDES, 'north ?east(?:ern)?', 'north ?west(?:ern)?', 'south ?east(?:ern)?', 'south ?west(?:ern)?', 'central'].join('|')})`;
const AR_SIDE = anyOf([
  'شمال',
  'شمالي',
  'جنوب',
  'جنوبي',
  'شرق',
  'شرقي',
  'غرب',
  'غربي',
  'وسط',
  'شمال شرق',
  'شمال شرقي',
  'شمال غرب',
  'شمال غربي',
  'جنوب شرق',
  'جنوب شرقي',
  'جنوب غرب',
  'جنوب غربي',
]);

/**
 * "Israeli strikes killed at least three people in southern Syria on Tuesday, … as troops pushed into
 * villages in Quneitra province", "Turkish air strikes on Kurdish-held northeast Syria killed eight",
 * "في جنوب سوريا", "في الشمال السوري": a side of the country is several governorates, whatever
 * governorate the rest of the clause names; a total told of it sums the events of each. So does one
 * told of a place and such a side ("in the Kirkuk area and northern Iraq", "في الموصل وشمال العراق"):
 * the place is one of several.
 */
const REGION = new RegExp(
  `(?<!${L})(?:in|across|on|of|over|and)(?: the)?(?: \\p{L}+ held)? ${EN_SIDE} (?:syria|iraq)(?!${L})|(?<!${L})(?:في|ب|على|و) ?(?:${AR_SIDE}) (?:${anyOf(['سوريا', 'سورية', 'العراق', 'البلاد'])})(?!${L})|(?<!${L})(?:${anyOf(['الشمال', 'الجنوب', 'الشرق', 'الغرب'])}) (?:${anyOf(['السوري', 'العراقي'])})(?!${L})`,
  'u',
);

export function regionWideToll(clause: string): boolean {
  return REGION.test(matchView(clause).text);
}
