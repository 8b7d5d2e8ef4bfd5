// "killed as many as 20 people", "wounding an estimated 25": a hedge of several words between a
// casualty verb and its count.
import type { Token } from '../reading/tokens.js';

/** Hedges a count may carry after its verb that the one-word qualifiers ("at least", "about") miss. */
const HEDGES: readonly (readonly string[])[] = [
  'as many as',
  'an estimated',
  'close to',
  'no fewer than',
  'no less than',
  'not less than',
  'upwards of',
  'in excess of',
  'well over',
  'just over',
  'roughly',
  'almost',
  'approximately',
].map((h) => h.split(' '));

/** The index past such a hedge at token `at` (where the count follows), else `at`. */
export function pastHedge(tokens: readonly Token[], at: number): number {
  const hedge = HEDGES.find((words) => words.every((w, k) => tokens[at + k]?.word === w));
  return hedge ? at + hedge.length : at;
}
