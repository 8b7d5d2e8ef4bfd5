// "و23 من عناصر التنظيم، بينهم الانتحاريون الثلاثة", "مقتل 15 شخصاً بمن فيهم المهاجمون الأربعة": the
// attackers told inside a toll by their definite plural and a definite number word after it (the
// adjective Arabic gives a count it told before: "the three suicide bombers" of the cars that opened
// the assault). They are counted among the dead as told, but they are the blow's doers, kept apart
// from the toll as "بينهم الانتحاريان" is (attackers-among.ts).
import { amongThemAt } from '../casualties/among-them.js';
import { definiteAttackersAt } from '../casualties/definite-count.js';
import { tokenize } from '../reading/tokens.js';

/** How many attackers the clause (matching form) counts by "بينهم" + definite plural + number, else null. */
export function definiteAttackersAmong(matchText: string): number | null {
  const tokens = tokenize(matchText);
  for (let at = 0; at < tokens.length - 2; at++) {
    if (!amongThemAt(tokens, at)) continue;
    const n = definiteAttackersAt(tokens, at + 1);
    if (n !== null) return n;
  }
  return null;
}
