// "Fighting raged around the villages, with at least 31 soldiers and allied militiamen and 24 rebels
// killed": a tally of both sides told as the fight's absolute phrase, "with" and the participle and no
// auxiliary — the same tally as "… and 24 rebels were killed" (sides-tallied.ts), only verbless.
import { HEDGE_EN } from './side-told-on-en.js';

/** "with" (maybe hedged) right before the tally's first count, at the end of `before` (matching form). */
const WITH_OPENS = new RegExp(String.raw`(?<![\p{L}])with\s+${HEDGE_EN}$`, 'u');

/**
 * Whether the tally whose first count starts at `firstAt` in `clause` is opened by "with": a tally
 * told without "were" is one only so (a headline's "14 soldiers and 9 rebels killed" is left to the
 * rules that read headlines).
 */
export function tallyOpenedByWith(clause: string, firstAt: number): boolean {
  return WITH_OPENS.test(clause.slice(0, firstAt));
}
