// "two men belonging to the Popular Mobilisation Forces and a shepherd": whose side the counted are
// on, told as "of" tells whose members they are.
import type { Token } from '../reading/tokens.js';

/** Words telling the side the counted belong to, each with the preposition it takes. */
const AFFILIATION: Readonly<Record<string, string>> = {
  affiliated: 'with',
  allied: 'with',
  belonging: 'to',
  loyal: 'to',
  linked: 'to',
};

/**
 * At the word after a count's noun, the index of the preposition of an affiliation ("affiliated
 * with", "belonging to", "loyal to"), after which the group's name runs as it does after "of"; else null.
 */
export function affiliationAt(tokens: readonly Token[], at: number): number | null {
  const takes = AFFILIATION[tokens[at]?.word ?? ''];
  return takes !== undefined && tokens[at + 1]?.word === takes ? at + 1 : null;
}
