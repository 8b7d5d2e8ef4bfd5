// A relation adjective (a nisba: "عراقي", "أتراك") told of the ones counted before it, then more
// joined by "و": "قتل جندي عراقي واثنان من مسلحي العشائر", "قتل ستة عسكريين أتراك ومدني".
import type { Numbers } from '../reading/count.js';
import { AND_AR, type Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';

/** Words ending in "ي" that are no adjective of the one counted: "في", "الذي", "التي". */
const NOT_NISBA = new Set(['الذي', 'التي', 'اللذي'].map(normalizeForMatch));
/** Plural relation adjectives not made by the sound ending: whose many people are. */
const BROKEN_NISBA = new Set(['أتراك', 'أكراد', 'روس', 'عرب', 'أجانب'].map(normalizeForMatch));
/** The sound plural of a relation adjective: "سوريين", "عراقيون", "أمنيين". */
const SOUND_NISBA = /^\p{L}{2,}ي(?:ين|ون)$/u;

/**
 * The index past a relation adjective ("عراقي", "تركي", "السوري": whose he was) told of the one
 * person counted right before it, where a number is joined after it by "و" ("واثنان من مسلحي
 * العشائر", "و3 من عناصر الفصائل"), else `at`: the count joined is more dead of the same toll — in a
 * fight, the other side's — where the adjective would otherwise end the list. `count`: how many a
 * person noun counts on its own (1 for a singular).
 */
export function pastNisbaApposition(
  tokens: readonly Token[],
  numbers: Numbers,
  at: number,
  count: (word: string) => number | null,
): number {
  const word = tokens[at]?.word ?? '';
  if (count(tokens[at - 1]?.word ?? '') !== 1 || count(word) !== null) return at;
  if (word.startsWith(AND_AR) || word.length < 4 || !word.endsWith('ي') || NOT_NISBA.has(word)) return at;
  const joined = tokens[at + 1];
  if (!joined?.word.startsWith(AND_AR)) return at;
  const numberJoined =
    (joined.word.length > 1 && (numbers.has(joined.start) || numbers.has(joined.start + 1))) ||
    (joined.word === AND_AR && numbers.has(tokens[at + 2]?.start ?? -1));
  return numberJoined ? at + 1 : at;
}

/**
 * The index past a plural relation adjective (indefinite, as it agrees with a counted noun) at
 * `at`, where a person is joined after it by "و" ("ومدني يعمل مع الجيش"), else `at`: the one
 * joined is more dead of the same toll, where the adjective would otherwise end the list.
 */
export function pastPluralNisba(tokens: readonly Token[], at: number): number {
  const word = tokens[at]?.word ?? '';
  if (!BROKEN_NISBA.has(word) && !SOUND_NISBA.test(word)) return at;
  const joined = tokens[at + 1]?.word ?? '';
  return joined.length > 2 && joined.startsWith(AND_AR) ? at + 1 : at;
}
