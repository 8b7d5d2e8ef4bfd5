// "Two suspected al-Qaida in Iraq gunmen were killed": the "in Iraq" of a group's name is a word of
// the name that describes the counted noun, no place the count stops at.
import type { Token } from '../reading/tokens.js';

/** The last word of a group's name that "in <country>" may follow: "al-Qaida in …", "Islamic State in …". */
const NAME_HEADS = new Set(['qaida', 'qaeda', 'qa', 'state']);
/** The lands such names hold: "in Iraq", "in Iraq and the Levant", "in Iraq and Syria", "in the Levant". */
const LANDS = new Set(['iraq', 'syria', 'levant', 'sham', 'mesopotamia']);

/**
 * How many words at `j` are the "in <land>" of a group's name ("in iraq", "in iraq and the levant",
 * "in iraq and syria"), told right after the name's last word ("qaida", "state"); 0 where none.
 */
export function groupNameInAt(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.word !== 'in' || !NAME_HEADS.has(tokens[j - 1]?.word ?? '')) return 0;
  let k = j + 1;
  if (tokens[k]?.word === 'the') k++;
  if (!LANDS.has(tokens[k]?.word ?? '')) return 0;
  k++;
  // ("… and the Levant", "… and Syria": a second land of the same name)
  if (tokens[k]?.word === 'and') {
    const after = tokens[k + 1]?.word === 'the' ? k + 2 : k + 1;
    if (LANDS.has(tokens[after]?.word ?? '')) k = after + 1;
  }
  return k - j;
}
