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
