// "مقتل 9 عناصر من قوات النظام، بينهم ضابط، و6 عناصر من التنظيم": the other side's dead joined by "و"
// after an "among them" aside told of the first side — one toll, as "و6 عناصر" right after the first
// count is. The aside's commas tell it apart from a list of the aside's own ("بينهم ضابط و3 جنود").
import { countAt, countItem, countsAttackers } from './casualty-phrase.js';
import { amongThemAt } from './among-them.js';
import { definiteAttackersAt } from './definite-count.js';
import { hedgedSideCountAt, sideCountedAt } from './hedged-side-count.js';
import type { Numbers, Span2 } from '../reading/count.js';
import { AND_AR, type Token } from '../reading/tokens.js';

/** How many words the first side's noun and group may take between its number and "بينهم". */
const GROUP_REACH = 10;
const COMMA = /[,،]/u;

/**
 * The other side's dead joined after an "among them" aside following the first count, the first
 * number at or after token `from`: the aside closed by a comma, then "و" and a number counting a side
 * (by a partitive or its fighters' noun, maybe hedged: sideCountedAt), no attackers. Attackers told
 * among that side ("بينهم الانتحاريون الثلاثة": the bombers who blew themselves up) are kept out of
 * it, as they are of any attack's victims. Else null.
 */
export function sidePastAmongAside(
  text: string,
  tokens: readonly Token[],
  numbers: Numbers,
  from: number,
): Span2 | null {
  const first = tokens.findIndex((t, k) => k >= from && numbers.has(t.start));
  if (first < 0) return null;
  const among = asideAfter(tokens, numbers, first);
  if (among === null) return null;
  const aside = countItem(tokens, numbers, among + 1, 'ar', false);
  const j = aside?.next ?? -1;
  const and = tokens[j];
  if (!and || !COMMA.test(text.slice(tokens[j - 1]!.end, and.start))) return null;
  const at =
    and.word === AND_AR && sideCountedAt(tokens, numbers, j + 1)
      ? j + 1
      : hedgedSideCountAt(tokens, numbers, j);
  if (at === null) return null;
  const side = countAt(tokens, numbers, at, 'ar');
  if (!side || countsAttackers(tokens, { ...side, start: at })) return null;
  const attackers = attackersAmongSide(tokens, numbers, asideAfter(tokens, numbers, at));
  return attackers > 0 && attackers < side.value.low
    ? { low: side.value.low - attackers, high: side.value.high - attackers }
    : side.value;
}

/** The "among them" right after the count whose number is at token `first`, no other number before it, or null. */
function asideAfter(tokens: readonly Token[], numbers: Numbers, first: number): number | null {
  for (let t = first + 1; t <= first + GROUP_REACH && t < tokens.length; t++) {
    if (amongThemAt(tokens, t)) return t;
    if (numbers.has(tokens[t]!.start)) return null;
  }
  return null;
}

/** How many attackers an "among them" at token `at` counts ("بينهم الانتحاريون الثلاثة"), else 0. */
function attackersAmongSide(tokens: readonly Token[], numbers: Numbers, at: number | null): number {
  if (at === null) return 0;
  const item = countItem(tokens, numbers, at + 1, 'ar', false);
  if (item && countsAttackers(tokens, { ...item, start: at + 1 })) return item.value.low;
  // ("بينهم الانتحاريون الثلاثة": the attackers told again by a definite number, definite-count.ts)
  return definiteAttackersAt(tokens, at + 1) ?? 0;
}
