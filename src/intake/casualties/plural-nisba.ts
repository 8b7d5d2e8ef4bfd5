// "قتل ستة عسكريين أتراك ومدني": a count's noun, the nationality or side the whole group was of,
// then one more joined by "و".
import { normalizeForMatch } from '../../text/normalize.js';
import type { Token } from '../reading/tokens.js';

const AND = normalizeForMatch('و');
/** Plural relation adjectives not made by the sound ending: whose many people are. */
const BROKEN_NISBA = new Set(['أتراك', 'أكراد', 'روس', 'عرب', 'أجانب'].map(normalizeForMatch));
/** The sound plural of a relation adjective: "سوريين", "عراقيون", "أمنيين". */
const SOUND_NISBA = /^\p{L}{2,}ي(?:ين|ون)$/u;

/**
 * The index past a plural relation adjective (indefinite, as it agrees with a counted noun) at
 * `at`, where a person is joined after it by "و" ("ومدني يعمل مع الجيش"), else `at`: the one
 * joined is more dead of the same toll, where the adjective would otherwise end the list.
 */
export function pastPluralNisba(tokens: readonly Token[], at: number): number {
  const word = tokens[at]?.word ?? '';
  if (!BROKEN_NISBA.has(word) && !SOUND_NISBA.test(word)) return at;
  const joined = tokens[at + 1]?.word ?? '';
  return joined.length > 2 && joined.startsWith(AND) ? at + 1 : at;
}
