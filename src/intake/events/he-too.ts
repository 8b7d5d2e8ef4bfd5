// "هو الآخر", "هي الأخرى": a pronoun with "other" is "too", not another one.
import { normalizeForMatch } from '../../text/normalize.js';
import { L } from '../reading/word-pattern.js';

const f = (words: readonly string[]): string => words.map(normalizeForMatch).join('|');
const PRONOUNS = f(['هو', 'هي', 'هم', 'هما', 'هن']);

/**
 * Put before the ordinal of `CUES.another`: "قرب موقع الهجوم أصيب هو الآخر" (near the spot of the
 * attack, he too was wounded) is no other attack or position, the pronoun makes "الآخر" "too".
 */
export const HE_TOO = `(?<!(?<!${L})(?:${PRONOUNS})\\s+)`;

const TOO = new RegExp(
  `(?<!${L})(?:${PRONOUNS})\\s+(?:${f(['الآخر', 'الأخرى', 'الآخرون', 'الآخرين', 'الآخران', 'الآخرين', 'الأخريات'])})(?!${L})`,
  'u',
);

/**
 * "وأضاف أن راعي أغنام كان قريباً أصيب هو الآخر بطلق ناري" (a shepherd nearby was wounded too): the
 * one hit is one more beside the casualties already told, not the same ones told again.
 */
export const saysToo = (matchText: string): boolean => TOO.test(matchText);
