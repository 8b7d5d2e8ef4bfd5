// "A suicide bomber killed himself and five others": the count after "himself and" is the victims';
// "killed only himself": there are none, and the bomber's own death is no casualty of the blow.
import type { Token } from '../reading/tokens.js';

const SELF = new Set(['himself', 'herself', 'themselves']);

/**
 * The index past "himself and" at token `at` (where the victims' count follows, the doer's own death
 * told before it), else `at`: "blew himself up" is no such object, nor "killed himself" alone.
 */
export function pastSelfAnd(tokens: readonly Token[], at: number): number {
  return SELF.has(tokens[at]?.word ?? '') && tokens[at + 1]?.word === 'and' ? at + 2 : at;
}

/**
 * The object at token `at` is the doer alone, "himself" or "only himself" with no one joined by "and"
 * ("a suicide bomber killed only himself when he detonated his explosives"): the verb counts no dead,
 * not even the doer whose own death it tells.
 */
export function killsOnlySelf(tokens: readonly Token[], at: number): boolean {
  const self = tokens[at]?.word === 'only' ? at + 1 : at;
  return SELF.has(tokens[self]?.word ?? '') && tokens[self + 1]?.word !== 'and';
}
