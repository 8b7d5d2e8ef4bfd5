// "two passers-by": a hyphenated person noun whose first word takes the plural.
import { EN_PERSONS } from './casualty-words.js';
import type { Token } from '../reading/tokens.js';

/**
 * The index after a plural hyphenated person noun at `j` ("passers-by", "bystanders" needs none),
 * whose singular ("passer-by") is a person noun: the hyphen splits it into two tokens, and the
 * plural's "s" stands on the first. null where none.
 */
export function pastPluralCompound(tokens: readonly Token[], j: number): number | null {
  const w = tokens[j]?.word ?? '';
  if (!w.endsWith('s')) return null;
  return EN_PERSONS.has(`${w.slice(0, -1)}-${tokens[j + 1]?.word ?? ''}`) ? j + 2 : null;
}
