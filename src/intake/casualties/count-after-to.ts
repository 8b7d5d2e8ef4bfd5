// "the toll had risen to 17, …, and 43 people were wounded": 17 is what the toll rose to.

import type { Token } from '../reading/tokens.js';

/** "up to 20", "close to 30": "to" in a qualifier of the count, which may be a subject. */
const QUALIFYING = new Set(['up', 'close']);

/**
 * The count at token `start` follows "to" ("risen to 17", "raising the number to 17", "brought the
 * toll to 12"): it is what a toll rose to, never the subject of a verb told after it ("… and 43
 * people were wounded" counts 43 wounded, not 17 and 43).
 */
export function countAfterTo(tokens: readonly Token[], start: number): boolean {
  return tokens[start - 1]?.word === 'to' && !QUALIFYING.has(tokens[start - 2]?.word ?? '');
}
