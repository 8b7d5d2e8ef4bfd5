// Verbs of the blow written as two words, whose object follows the second.
import type { Token } from '../reading/tokens.js';

/** The second word of a two-word verb of killing, with the first words it follows. */
const PHRASAL: Record<string, ReadonlySet<string>> = {
  dead: new Set(['shot', 'shoots', 'shooting', 'stabbed', 'beat', 'beaten']),
  down: new Set(['gunned', 'gunning', 'guns', 'cut']),
};

/**
 * "gunmen shot dead the headmaster", "they gunned down the guard": a two-word verb of the blow ends
 * right before `i`, so what follows is its object, as after "killing".
 */
export function phrasalBlowBefore(tokens: readonly Token[], i: number): boolean {
  const first = PHRASAL[tokens[i - 1]?.word ?? ''];
  return first?.has(tokens[i - 2]?.word ?? '') ?? false;
}
