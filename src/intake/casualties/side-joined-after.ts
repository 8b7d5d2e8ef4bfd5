// "At least 20 IS fighters were killed in the operation and three soldiers died": each side's dead
// told by a killing verb of its own, the second joined by "and" in the same clause — the toll of the
// fight or operation both sides fell in, both counts (side-after-side.ts reads Arabic copy so).
import type { Numbers, Span2 } from '../reading/count.js';
import { ARMED_EN, FORCES_EN, HEDGE_EN, otherSideToldOn } from './side-told-on-en.js';

/** The first side's passive, then "and" and the second side's count, noun and verb of dying. */
const joined = (first: string, second: string): RegExp =>
  new RegExp(
    String.raw`(?<![\p{L}])${first}\s+(?:were|had\s+been|have\s+been)\s+killed(?:\s[^,;]{0,80}?)?\s+and\s+${HEDGE_EN}([\p{L}\d-]+)\s+(?:[\p{L}-]+\s+){0,2}?${second}\s+(?:(?:also\s+)?died|(?:were|had\s+been|have\s+been)\s+(?:also\s+)?killed)(?![\p{L}])`,
    'du',
  );
const TELLINGS = [joined(ARMED_EN, FORCES_EN), joined(FORCES_EN, ARMED_EN)];

/**
 * The second side's dead of a clause that tells each side's by a verb of its own joined by "and",
 * the first side's count the clause's dead read so far (`killed`): to be added to them; null where
 * the clause is no such telling.
 */
export const sideJoinedAfter = (clause: string, numbers: Numbers, killed: Span2): Span2 | null =>
  otherSideToldOn(clause, numbers, killed, TELLINGS);
