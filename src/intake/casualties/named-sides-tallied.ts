// "Three fighters of the Kurdish units and more than ten militants of the Front were killed in
// clashes": each side's dead counted by men named after their noun by "of", joined by "and", one
// passive for both, in a fight — its toll counts both sides (sides-tallied.ts reads such a tally
// where the first side is no named force: "38 rebels and 16 government troops were killed"). The
// second count, nearest the verb, is the one the clause read (as attackers, where they are
// militants); the first is added to it.
import type { Numbers, Span2 } from '../reading/count.js';
import { deadOfAFight } from './fight-toll.js';
import { FORCE_NAMED_AFTER } from './force-named-after.js';
import { HEDGE_EN } from './side-told-on-en.js';

/** Men under arms of either side (matching form). */
const MEN = String.raw`(?:fighters|militants|insurgents|jihadists|rebels|soldiers|troops|policemen|militiamen|members|guards)`;

/**
 * The end of the passive's subject (matching form): the first side's noun named by "of" (group 1),
 * "and", the second count (group 2), its noun, maybe named by "of" too, right before "were".
 */
const NAMED_THEN_SIDE = new RegExp(
  String.raw`(?<![\p{L}])${MEN}(${FORCE_NAMED_AFTER})\s+and\s+${HEDGE_EN}([\p{L}\d-]+)\s+(?:[\p{L}-]+\s+){0,2}?${MEN}${FORCE_NAMED_AFTER}\s+(?:were|have been|had been)\s+$`,
  'du',
);

/** How many words may stand between the first count and its side's noun ("Three Kurdish fighters"). */
const FIRST_REACH = 3;

/**
 * The first side's count of such a tally, whose second count the clause's dead were read as
 * (`last`), the passive's cue at `cueAt` placing them in a fight; null where the clause is no such
 * tally.
 */
export function namedSidesTallied(
  clause: string,
  cueAt: number,
  numbers: Numbers,
  last: Span2,
): Span2 | null {
  if (!deadOfAFight(clause, cueAt)) return null;
  const m = NAMED_THEN_SIDE.exec(clause.slice(0, cueAt));
  if (!m?.[1] || !m.indices?.[2]) return null;
  const second = numbers.get(m.indices[2][0]);
  if (!second || second.value.low !== last.low || second.value.high !== last.high) return null;
  const at = Math.max(-1, ...[...numbers.keys()].filter((start) => start < m.index));
  const first = numbers.get(at);
  if (!first) return null;
  const between = clause.slice(first.end, m.index).trim();
  return between === '' || between.split(/\s+/u).length <= FIRST_REACH ? first.value : null;
}
