// "قتل طفلان شقيقان وامرأة": a dual told of a dual, then the next one joined to both.
import { normalizeForMatch } from '../../text/normalize.js';
import type { Token } from '../reading/tokens.js';

/** "two" told after its dual noun, as an adjective ("جنديان اثنان"). */
const TWO = new Set(['اثنان', 'اثنين', 'اثنتان', 'اثنتين'].map(normalizeForMatch));

/**
 * The index past a dual that describes the dual counted right before it ("طفلان شقيقان", "شابين
 * شقيقين": two children, brothers; "جنديان اثنان": two soldiers), else `at`: the one joined after
 * it by "و" ("وامرأة", "وضابط") is counted with them (three), where the describing word would
 * otherwise end the list. `count`: how many a person noun counts on its own (2 for a dual).
 */
export function pastDualApposition(
  tokens: readonly Token[],
  at: number,
  count: (word: string) => number | null,
): number {
  const word = tokens[at]?.word ?? '';
  if (word.startsWith('و') || count(tokens[at - 1]?.word ?? '') !== 2) return at;
  return TWO.has(word) || count(word) === 2 ? at + 1 : at;
}
