// "At least 20 IS fighters were killed in the operation and three soldiers died": each side's dead
// told by a killing verb of its own, the second joined by "and" in the same clause — the toll of the
// fight or operation both sides fell in, both counts (side-after-side.ts reads Arabic copy so).
import type { Numbers, Span2 } from '../reading/count.js';

/** Armed men the forces fought: their dead one side of a fight (not "gunmen", "attackers": a blow's). */
const ARMED = String.raw`(?:fighters|militants|insurgents|jihadists|rebels|terrorists)`;

/** The forces' men: their dead the other side. */
const FORCES = String.raw`(?:soldiers|troops|policemen|militiamen|servicemen|guards)`;

/** A hedge before the second count ("and at least three soldiers"). */
const HEDGE = String.raw`(?:(?:at\s+least|more\s+than|nearly|around|about|some)\s+)?`;

/** The first side's passive, then "and" and the second side's count, noun and verb of dying. */
const joined = (first: string, second: string): RegExp =>
  new RegExp(
    String.raw`(?<![\p{L}])${first}\s+(?:were|had\s+been|have\s+been)\s+killed(?:\s[^,;]{0,80}?)?\s+and\s+${HEDGE}([\p{L}\d-]+)\s+(?:[\p{L}-]+\s+){0,2}?${second}\s+(?:(?:also\s+)?died|(?:were|had\s+been|have\s+been)\s+(?:also\s+)?killed)(?![\p{L}])`,
    'du',
  );
const ARMED_THEN_FORCES = joined(ARMED, FORCES);
const FORCES_THEN_ARMED = joined(FORCES, ARMED);

/** An attack or a blow told in the clause: its attackers stay apart from its victims. */
const BLOW =
  /(?<![\p{L}])(?:attack|assault|ambush|raid|bomb|suicide|explosi|blast|strike|shell|mortar|rocket|drone)/u;

/** How many words may stand between the first count and its side's noun ("25 Islamic State fighters"). */
const FIRST_REACH = 4;

/**
 * The second side's dead of a clause that tells each side's by a verb of its own joined by "and",
 * the first side's count the clause's dead read so far (`killed`): to be added to them; null where
 * the clause is no such telling.
 */
export function sideJoinedAfter(clause: string, numbers: Numbers, killed: Span2): Span2 | null {
  if (BLOW.test(clause)) return null;
  const m = ARMED_THEN_FORCES.exec(clause) ?? FORCES_THEN_ARMED.exec(clause);
  const second = m?.indices?.[1] && numbers.get(m.indices[1][0]);
  if (!m || !second) return null;
  // the first side's count: the last number before its noun, a few words before it, the one read
  const at = Math.max(-1, ...[...numbers.keys()].filter((start) => start < m.index));
  const first = numbers.get(at);
  if (!first || first.value.low !== killed.low || first.value.high !== killed.high) return null;
  const between = clause.slice(first.end, m.index).trim();
  return between === '' || between.split(/\s+/u).length <= FIRST_REACH ? second.value : null;
}
