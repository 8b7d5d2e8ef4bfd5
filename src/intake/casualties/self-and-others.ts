// "A suicide bomber killed himself and five others": the count after "himself and" is the victims'.
import type { Token } from '../reading/tokens.js';

const SELF = new Set(['himself', 'herself', 'themselves']);

/**
 * The index past "himself and" at token `at` (where the victims' count follows, the doer's own death
 * told before it), else `at`: "blew himself up" is no such object, nor "killed himself" alone.
 */
export function pastSelfAnd(tokens: readonly Token[], at: number): number {
  return SELF.has(tokens[at]?.word ?? '') && tokens[at + 1]?.word === 'and' ? at + 2 : at;
}
