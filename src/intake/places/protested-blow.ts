// "وتجمع المئات … احتجاجا على قصف تركي أسفر عن مقتل ستة مدنيين في قرية X", "villagers rallied in
// protest at a strike that killed six in the village of X": a blow told as what the people of the
// article's place protested is one on their own area. Its village, unknown to the gazetteer, lies in
// the one governorate every incident the article places lies in.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "احتجاجا على قصف/غارة/هجوم…", "تنديدا بالقصف", "in protest at/against/over a strike": a protest,
 * then the blow it was against (up to three words between: "a Turkish drone strike", "the shelling").
 */
export const PROTESTED_BLOW = new RegExp(
  `(?<!${L})(?:${anyOf(['احتجاجا على', 'احتجاجاً على', 'تنديدا ب', 'تنديداً ب'])})\\s*(?:ال)?(?:${anyOf([
    'قصف',
    'غارة',
    'غارات',
    'ضربة',
    'ضربات',
    'هجوم',
    'هجمات',
  ])})(?!${L})|(?<!${L})in protest (?:at|against|over) (?:[\\p{L}-]+ ){0,3}?(?:(?:air ?)?strikes?|airstrikes?|shelling|raids?|bombing|attacks?)(?!${L})`,
  'iu',
);

/** The clause (in matching form) tells its blow as the one a protest was held against. */
export const protestedBlow = (matchText: string): boolean => PROTESTED_BLOW.test(matchText);
