// A count told "also" of "the strikes" after a roundup told them one by one: their sum, no item's own.
import { L, anyOf } from '../reading/word-pattern.js';

const EN_BLOWS = [
  'strikes',
  'airstrikes',
  'air strikes',
  'raids',
  'attacks',
  'bombings',
  'blasts',
  'explosions',
];
const AR_BLOWS = ['الغارات', 'الضربات', 'الهجمات', 'التفجيرات', 'الانفجارات'];

/**
 * "The observatory said the strikes also wounded at least 11 people", "وأسفرت الغارات أيضاً عن
 * إصابة 15 آخرين": the blows named by a definite plural, after the items before told each of them
 * with its own toll, and told "also" of them, give a count over all of them, which belongs to no item
 * (the last told has its own). Not a plural with no article ("strikes also hit…"), which names blows
 * anew, nor one told of the only event of the article.
 */
const ALSO_OF_THE_BLOWS = new RegExp(
  [
    `(?<!${L})(?:the|these|those) (?:${EN_BLOWS.join('|')}) also (?:killed|wounded|injured|left)(?!${L})`,
    `(?<!${L})(?:${anyOf(AR_BLOWS)}) (?:${anyOf(['أيضاً', 'كذلك'])}) (?:${anyOf(['عن', 'إلى'])}) (?:${anyOf(['مقتل', 'إصابة', 'سقوط', 'جرح'])})(?!${L})`,
  ].join('|'),
  'u',
);

/** `itemsTold`: how many incidents the article built before this clause. */
export function totalOfToldBlows(matchText: string, itemsTold: number): boolean {
  return itemsTold >= 2 && ALSO_OF_THE_BLOWS.test(matchText);
}
