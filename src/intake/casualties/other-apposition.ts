// "قتل طفلان وسيدة أخرى ورجلان": "another" told of the person just counted, then the next one joined.
import { normalizeForMatch } from '../../text/normalize.js';
import type { Token } from '../reading/tokens.js';

/** "another" as an adjective after its noun, in each gender and number: "امرأة أخرى", "رجلان آخران". */
const OTHER = new Set(
  ['آخر', 'أخرى', 'آخران', 'آخرين', 'أخريان', 'أخريين', 'آخرون', 'أخريات'].map(normalizeForMatch),
);

/**
 * The index past an "another" that describes the person counted right before it ("وسيدة أخرى", "ومدني
 * آخر"), else `at`: the one joined after it by "و" ("ورجلان") is counted with them, where the
 * adjective would otherwise end the list. `count`: how many a person noun counts on its own.
 */
export function pastOtherApposition(
  tokens: readonly Token[],
  at: number,
  count: (word: string) => number | null,
): number {
  if (!OTHER.has(tokens[at]?.word ?? '')) return at;
  return count(tokens[at - 1]?.word ?? '') === null ? at : at + 1;
}
