// "At least 12 rebels were killed, along with seven soldiers and allied militiamen": one side's
// dead told by the passive, the other side's joined on after it by "along with" — both sides of
// the fight, its toll (sides-tallied.ts reads the two counts joined before the verb).
import type { Numbers, Span2 } from '../reading/count.js';
import { ARMED_EN, FORCES_EN, HEDGE_EN, otherSideToldOn } from './side-told-on-en.js';

/**
 * The first side's noun, maybe an aside after it ("rebels, among them fighters of the Front,"), the
 * passive, then "along with" or "together with" and the other side's count and noun.
 */
const alongWith = (first: string, second: string): RegExp =>
  new RegExp(
    String.raw`(?<![\p{L}])${first}(?:,[^,;]{1,80},)?\s+(?:were|had\s+been|have\s+been)\s+killed,?\s+(?:along|together)\s+with\s+${HEDGE_EN}([\p{L}\d-]+)\s+(?:[\p{L}-]+\s+){0,2}?${second}(?![\p{L}])`,
    'du',
  );
const TELLINGS = [alongWith(ARMED_EN, FORCES_EN), alongWith(FORCES_EN, ARMED_EN)];

/**
 * The other side's dead joined on by "along with" after the passive whose subject, the first side,
 * the clause's dead read so far are (`killed`); null where the clause is no such telling.
 */
export const sideAlongWith = (clause: string, numbers: Numbers, killed: Span2): Span2 | null =>
  otherSideToldOn(clause, numbers, killed, TELLINGS);
