// "Two fighters from each faction were killed", "قتل عنصران من كل طرف": the count told per side.
import { normalizeForMatch } from '../../text/normalize.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';

const f = normalizeForMatch;
const EACH = new Set(['each', f('كل')]);
const FROM = new Set(['from', 'of', 'on', f('من')]);
/** The sides of a fight: "faction", "side", "group", "طرف", "فصيل". */
const SIDE = new Set(['side', 'faction', 'group', 'party', ...['طرف', 'جانب', 'فصيل', 'فريق', 'جهة'].map(f)]);

/**
 * Right after a count (at token `next`, or past the counted noun Arabic leaves after the number,
 * "ثلاثة عناصر من كل فصيل"): "from each side", "of each faction", "من كل طرف" — the count is each
 * side's, and a fight has two (the clashes "between" two factions that such a sentence follows):
 * twice as many in all.
 */
export function countedPerSide(tokens: readonly Token[], numbers: Numbers, next: number): boolean {
  // ("killing four fighters, two from each side": the count after is the split of this one, no noun)
  if (numbers.has(tokens[next]?.start ?? -1)) return false;
  const at = FROM.has(tokens[next]?.word ?? '') ? next : next + 1;
  return (
    FROM.has(tokens[at]?.word ?? '') &&
    EACH.has(tokens[at + 1]?.word ?? '') &&
    SIDE.has(tokens[at + 2]?.word ?? '')
  );
}
