// "اثنين منهم", "two of them": a count of a group the text named before.
import { normalizeForMatch } from '../../text/normalize.js';
import type { Token } from '../reading/tokens.js';

const THEM_AR = new Set(['منهم', 'منهن', 'منهما'].map(normalizeForMatch));

/** The words from token `at` say "of them" ("منهم", "منهما", "of them"). */
export function ofThemAt(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.word ?? '';
  return THEM_AR.has(word) || (word === 'of' && tokens[at + 1]?.word === 'them');
}
