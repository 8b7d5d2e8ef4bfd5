// "قتل جندي عراقي واثنان من مسلحي العشائر": one person with his nationality, then a count joined.
import { normalizeForMatch } from '../../text/normalize.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';

const AND = normalizeForMatch('و');
/** Words ending in "ي" that are no adjective of the one counted: "في", "الذي", "التي". */
const NOT_NISBA = new Set(['الذي', 'التي', 'اللذي'].map(normalizeForMatch));

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
  if (word.startsWith(AND) || word.length < 4 || !word.endsWith('ي') || NOT_NISBA.has(word)) return at;
  const joined = tokens[at + 1];
  if (!joined?.word.startsWith(AND)) return at;
  const numberJoined =
    (joined.word.length > 1 && (numbers.has(joined.start) || numbers.has(joined.start + 1))) ||
    (joined.word === AND && numbers.has(tokens[at + 2]?.start ?? -1));
  return numberJoined ? at + 1 : at;
}
