// What the English tellings of a fight's other side share ("…were killed in the operation and three
// soldiers died", side-joined-after.ts; "…were killed, along with seven soldiers", side-along-with.ts):
// the sides' nouns, the hedge before the second count, and the check that the first side's count is
// the one the clause has read.
import type { Numbers, Span2 } from '../reading/count.js';

/** Armed men the forces fought: their dead one side of a fight (not "gunmen", "attackers": a blow's). */
export const ARMED_EN = String.raw`(?:fighters|militants|insurgents|jihadists|rebels|terrorists)`;

/** The forces' men: their dead the other side. */
export const FORCES_EN = String.raw`(?:soldiers|troops|policemen|militiamen|servicemen|guards)`;

/** A hedge before the second count ("and at least three soldiers"). */
export const HEDGE_EN = String.raw`(?:(?:at\s+least|more\s+than|nearly|around|about|some)\s+)?`;

/**
 * An aside on some of a side's dead, set off by commas ("70 pro-government fighters, among them
 * Hezbollah members, and 46 rebels"): a tally goes on past it.
 */
export const SIDE_ASIDE_EN = String.raw`(?:,\s*(?:among\s+them|including)\s[^,;]{1,80},)?`;

/** An attack or a blow told in the clause: its attackers stay apart from its victims. */
const BLOW =
  /(?<![\p{L}])(?:attack|assault|ambush|raid|bomb|suicide|explosi|blast|strike|shell|mortar|rocket|drone)/u;

/** How many words may stand between the first count and its side's noun ("25 Islamic State fighters"). */
const FIRST_REACH = 4;

/**
 * The second side's count where `telling` (one of the patterns `first`/`second` nouns, armed men or
 * forces, each way round; its group 1 the second count) matches the clause, no blow is told in it,
 * and the last number before the match, at most a few words before the first side's noun, is the
 * count the clause's dead were read as (`killed`); else null.
 */
export function otherSideToldOn(
  clause: string,
  numbers: Numbers,
  killed: Span2,
  tellings: readonly RegExp[],
): Span2 | null {
  if (BLOW.test(clause)) return null;
  const m = tellings.map((telling) => telling.exec(clause)).find((found) => found !== null);
  const second = m?.indices?.[1] && numbers.get(m.indices[1][0]);
  if (!m || !second) return null;
  const at = Math.max(-1, ...[...numbers.keys()].filter((start) => start < m.index));
  const first = numbers.get(at);
  if (!first || first.value.low !== killed.low || first.value.high !== killed.high) return null;
  const between = clause.slice(first.end, m.index).trim();
  return between === '' || between.split(/\s+/u).length <= FIRST_REACH ? second.value : null;
}
