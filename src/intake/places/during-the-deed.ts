// A toll told "during the exchange of fire", "during the raid": the deed the story told, at its place.
import { L, anyOf } from '../reading/word-pattern.js';

/** The deeds a toll is told "during": the fire exchanged, the raid, the operation, the clash. */
const DEEDS_AR = [
  'تبادل النار',
  'تبادل إطلاق النار',
  'تبادل لإطلاق النار',
  'الاشتباك',
  'الاشتباكات',
  'المواجهات',
  'المداهمة',
  'الاقتحام',
  'العملية',
];
const DEEDS_EN = ['exchange of fire', 'firefight', 'gunfight', 'clash', 'clashes', 'raid', 'operation'];

/**
 * "اقتحمت قوة … فجر أمس الأحد مركز الشرطة في البصرة", then "وأصيب خلال تبادل النار شرطيان": a toll
 * with no place of its own, told as hit during the deed the story told by its definite name (the
 * fire exchanged, the raid, the operation), lies where that deed was; the lead placed it.
 */
const DURING_THE_DEED = new RegExp(
  `(?<!${L})(?:${anyOf(['خلال', 'أثناء', 'اثناء'])})\\s+(?:${anyOf(DEEDS_AR)})(?!${L})|(?<!${L})during\\s+the\\s+(?:${DEEDS_EN.join('|')})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells its toll as hit during the deed told. */
export const duringTheDeed = (matchText: string): boolean => DURING_THE_DEED.test(matchText);
