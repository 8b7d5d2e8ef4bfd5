// One person, the object of the blow, named by a noun the word lists do not know.
import type { Token } from '../reading/tokens.js';

/** Active verbs of the blow a count stands right after: "killing a …", "wounding an …". */
const ACTIVE_HIT = new Set(['killing', 'wounding', 'injuring']);
/**
 * Words after "a" that begin a count, a quantity or a group, not one person: "a dozen", "a number
 * of", "a family of five" (a group's size is counted by its own rule, family-of.ts).
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
]);

/**
 * "killing him and wounding a friend who was with him", "wounding a colleague": "a" right after the
 * active verb of the blow names one person, whatever the noun ("a dozen", "a number of" excepted).
 * Returns the index after the noun, or null.
 */
export function oneObjectAt(tokens: readonly Token[], i: number): number | null {
  const article = tokens[i]?.word;
  if ((article !== 'a' && article !== 'an') || !ACTIVE_HIT.has(tokens[i - 1]?.word ?? '')) return null;
  const noun = tokens[i + 1]?.word ?? '';
  if (!/^\p{L}+$/u.test(noun) || QUANTITY.has(noun)) return null;
  return i + 2;
}
