// "At least 12 rebels were killed, along with seven soldiers and allied militiamen": one side's
// dead told by the passive, the other side's joined on after it by "along with" — both sides of
// the fight, its toll (sides-tallied.ts reads the two counts joined before the verb).
import type { Numbers, Span2 } from '../reading/count.js';

/** Armed men the forces fought (not "gunmen", "attackers": a blow's). */
const ARMED = String.raw`(?:fighters|militants|insurgents|jihadists|rebels|terrorists)`;

/** The forces' men. */
const FORCES = String.raw`(?:soldiers|troops|policemen|militiamen|servicemen|guards)`;

/** A hedge before the second count. */
const HEDGE = String.raw`(?:(?:at\s+least|more\s+than|nearly|around|about|some)\s+)?`;

/**
 * The first side's noun, maybe an aside after it ("rebels, among them fighters of the Front,"), the
 * passive, then "along with" or "together with" and the other side's count and noun.
 */
const alongWith = (first: string, second: string): RegExp =>
  new RegExp(
    String.raw`(?<![\p{L}])${first}(?:,[^,;]{1,80},)?\s+(?:were|had\s+been|have\s+been)\s+killed,?\s+(?:along|together)\s+with\s+${HEDGE}([\p{L}\d-]+)\s+(?:[\p{L}-]+\s+){0,2}?${second}(?![\p{L}])`,
    'du',
  );
const ARMED_THEN_FORCES = alongWith(ARMED, FORCES);
const FORCES_THEN_ARMED = alongWith(FORCES, ARMED);

/** An attack or a blow told in the clause: its attackers stay apart from its victims. */
const BLOW =
  /(?<![\p{L}])(?:attack|assault|ambush|raid|bomb|suicide|explosi|blast|strike|shell|mortar|rocket|drone)/u;

/** How many words may stand between the first count and its side's noun. */
const FIRST_REACH = 4;

/**
 * The other side's dead joined on by "along with" after the passive whose subject, the first side,
 * the clause's dead read so far are (`killed`); null where the clause is no such telling.
 */
export function sideAlongWith(clause: string, numbers: Numbers, killed: Span2): Span2 | null {
  if (BLOW.test(clause)) return null;
  const m = ARMED_THEN_FORCES.exec(clause) ?? FORCES_THEN_ARMED.exec(clause);
  const second = m?.indices?.[1] && numbers.get(m.indices[1][0]);
  if (!m || !second) return null;
  const at = Math.max(-1, ...[...numbers.keys()].filter((start) => start < m.index));
  const first = numbers.get(at);
  if (!first || first.value.low !== killed.low || first.value.high !== killed.high) return null;
  const between = clause.slice(first.end, m.index).trim();
  return between === '' || between.split(/\s+/u).length <= FIRST_REACH ? second.value : null;
}
