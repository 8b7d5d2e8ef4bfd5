// One person, the object of the blow, named by a noun the word lists do not know.
import { BE, BREAKS, EN_PERSONS } from './casualty-words.js';
import type { Token } from '../reading/tokens.js';
import { ownKinStartsAt } from './own-kin-after-name.js';

/**
 * Words after "a" that begin a count, a quantity, a group or a stretch of time, not one person: "a
 * dozen", "a number of", "a family of five" (a group's size is counted by its own rule, family-of.ts),
 * "was killed a day later".
 */
const QUANTITY = new Set([
  'dozen',
  'number',
  'few',
  'handful',
  'score',
  'lot',
  'total',
  'couple',
  'large',
  'further',
  'family',
  'group',
  'crowd',
  'convoy',
  'patrol',
  'busload',
  'day',
  'week',
  'month',
  'year',
]);
/** How many words may name the one hit ("a village chief", "a local council member"). */
const NAME_REACH = 4;
/** Words that end the words naming him: a relative, a preposition of where or when, a verb joined. */
const ENDS = new Set([
  'and',
  'or',
  'who',
  'whom',
  'whose',
  'near',
  'outside',
  'inside',
  'with',
  'from',
  'during',
]);

/**
 * "killing him and wounding a friend who was with him", "shot dead a village chief and his
 * brother": "a" right after a verb of the blow (`afterBlow`, told by the caller) names one person,
 * whatever the nouns, for what such a verb hits is a person ("a dozen", "a number of", "an unknown
 * number of" excepted).
 * Returns the index past the words that name him, where "and" may join the next one hit, or null.
 */
export function oneObjectAt(tokens: readonly Token[], i: number, afterBlow: boolean): number | null {
  const article = tokens[i]?.word;
  if ((article !== 'a' && article !== 'an') || !afterBlow) return null;
  const noun = tokens[i + 1]?.word ?? '';
  if (!/^\p{L}+$/u.test(noun) || QUANTITY.has(noun)) return null;
  // ("an unspecified number of militants", "a small group of fighters": the quantity past a word
  // describing it, no more one person than "a number of")
  if (QUANTITY.has(tokens[i + 2]?.word ?? '') && !EN_PERSONS.has(noun)) return null;
  let next = i + 2;
  while (
    next <= i + NAME_REACH &&
    /^\p{L}+$/u.test(tokens[next]?.word ?? '') &&
    !endsName(tokens[next]!.word) &&
    // ("a drug smuggler, his wife and …": his kin are the next ones counted, own-kin-after-name.ts)
    !ownKinStartsAt(tokens, next)
  )
    next++;
  return next;
}

const endsName = (word: string): boolean => ENDS.has(word) || BREAKS.has(word) || BE.has(word);
