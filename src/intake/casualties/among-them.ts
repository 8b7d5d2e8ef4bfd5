// "قتلوا بينهم ثلاث نساء": who was among the dead, never how many died.
import { normalizeForMatch } from '../../text/normalize.js';
import type { Token } from '../reading/tokens.js';

/** "بينهم", "من بينهم", "بينهن": the count after it is a part of the one told before the verb. */
const AMONG = new Set(['بينهم', 'بينهن', 'بينهما', 'بينها', 'وبينهم', 'وبينهن'].map(normalizeForMatch));

/**
 * The verb's count is not past "among them": in "13 شخصاً قتلوا بينهم ثلاث نساء" the verb's subject
 * stands before it (13) and the three women are inside it; so the search for an object after the verb
 * stops at the word (the English "13 people were killed, including three women" stops at the comma).
 */
export function amongThemAt(tokens: readonly Token[], at: number): boolean {
  return AMONG.has(tokens[at]?.word ?? '');
}
