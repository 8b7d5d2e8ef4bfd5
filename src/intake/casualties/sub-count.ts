// "Three people were killed, including a child, and 12 others were injured": the count after
// "including" is a part of the toll before it, not the subject of a later verb.
import type { Token } from '../reading/tokens.js';

/**
 * The count at token `start` opens a part of a toll told before it: right after "including",
 * "among them" or "among whom". Read backward from a later verb, it would add the part to that
 * verb's count ("a child, and 12 others were injured" is 12 wounded, not 13).
 */
export function opensSubCount(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1]?.word;
  return (
    before === 'including' ||
    ((before === 'them' || before === 'whom') && tokens[start - 2]?.word === 'among')
  );
}

/** How many words a part of a toll may take before "and" joins the next ("11 members of the militia"). */
const PART_REACH = 6;

/**
 * The count at token `start` is a later item of such a part, joined by "and" with no comma between
 * ("killed, including 11 militiamen and six of the local gunmen, and 30 were wounded": the six are
 * among the dead, the wounded 30). A comma ends the part ("including a child, and 12 others").
 */
export function joinedInSubCount(text: string, tokens: readonly Token[], start: number): boolean {
  if (tokens[start - 1]?.word !== 'and') return false;
  for (let j = start - 2; j >= Math.max(0, start - 2 - PART_REACH); j--) {
    if (text.slice(tokens[j]!.end, tokens[j + 1]!.start).includes(',')) return false;
    if (opensSubCount(tokens, j)) return true;
  }
  return false;
}
