// "the boys' mother was wounded", "the driver's brother": one of someone's kin, the possessor a noun.
import { BREAKS, KIN } from '../casualties/casualty-words.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';

/**
 * From "the" at `i`: a noun, its "'s" (a token of its own; "boys'" leaves none) and a singular kin
 * noun — "the boys' mother", "the man's wife", "the farmer's son" — the index after the kin noun, or
 * null. One person, as "his wife" is; a plural ("the man's sons") says no number, and a number
 * after "the" ("the two sons") is a count of its own.
 */
export function kinOfNounAt(tokens: readonly Token[], numbers: Numbers, i: number): number | null {
  if (tokens[i]?.word !== 'the') return null;
  const owner = tokens[i + 1];
  if (!owner || numbers.has(owner.start) || BREAKS.has(owner.word)) return null;
  const at = tokens[i + 2]?.word === 's' ? i + 3 : i + 2;
  const kin = tokens[at]?.word ?? '';
  return KIN.test(kin) && !/s$|children/u.test(kin) ? at + 1 : null;
}
