// "the bodies of the other five": "other" or "remaining" between "the" and the count.
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';

const REST = new Set(['other', 'remaining']);

/**
 * The token past "other"/"remaining" at `at` where a number stands right after it and "the" came
 * before it (`theAt`): "the bodies of the other five were found" after "four were released" counts
 * the five, the rest of those told before — counted as any bodies are. `at` unchanged otherwise
 * (nor without "the": "the bodies of other victims" counts no one).
 */
export function pastOtherBeforeCount(
  tokens: readonly Token[],
  numbers: Numbers,
  at: number,
  theAt: number,
): number {
  if (tokens[theAt]?.word !== 'the' || !REST.has(tokens[at]?.word ?? '')) return at;
  const next = tokens[at + 1];
  return next && numbers.has(next.start) ? at + 1 : at;
}
