// "Two fighters from each faction were killed", "قتل عنصران من كل طرف": the count told per side.
import { normalizeForMatch } from '../../text/normalize.js';
import type { Numbers, Span2 } from '../reading/count.js';
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

/** How many words the noun of a side's share may take ("one fighter", "two more members"). */
const SHARE_NOUN = 2;

/** How many words of noun may follow a share's number: none ("and one from the other") to SHARE_NOUN. */
const SHARE_WORDS: readonly number[] = Array.from({ length: SHARE_NOUN + 1 }, (_, k) => k);

/** "from one faction", "of one side" at `at`: the first share of a count split between two sides. */
const fromOneSide = (tokens: readonly Token[], at: number): boolean =>
  FROM.has(tokens[at]?.word ?? '') && tokens[at + 1]?.word === 'one' && SIDE.has(tokens[at + 2]?.word ?? '');

/** "from the other", "on the other side" at `at`: the second share. */
const fromTheOther = (tokens: readonly Token[], at: number): boolean =>
  FROM.has(tokens[at]?.word ?? '') && tokens[at + 1]?.word === 'the' && tokens[at + 2]?.word === 'other';

/**
 * "two fighters from one faction and one fighter from the other" (English): the dead of a fight told
 * as each side's share. From the share counted (its number at `start`, its end at `next`), the other
 * share — told after it ("… from one faction and one from the other") or before it, where the
 * count read is the second ("leaving two … from one faction and one fighter from the other dead") —
 * else null.
 */
export function otherSideShare(
  tokens: readonly Token[],
  numbers: Numbers,
  start: number,
  next: number,
): Span2 | null {
  if (fromOneSide(tokens, next) && tokens[next + 3]?.word === 'and') {
    const at = next + 4;
    const other = numbers.get(tokens[at]?.start ?? -1);
    const told = SHARE_WORDS.some((k) => fromTheOther(tokens, at + 1 + k));
    return other && told ? other.value : null;
  }
  if (fromTheOther(tokens, next) && tokens[start - 1]?.word === 'and' && fromOneSide(tokens, start - 4)) {
    const at = SHARE_WORDS.map((k) => start - 5 - k).find((k) => k >= 0 && numbers.has(tokens[k]!.start));
    return at === undefined ? null : numbers.get(tokens[at]!.start)!.value;
  }
  return null;
}
