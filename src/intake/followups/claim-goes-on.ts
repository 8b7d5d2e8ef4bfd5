// The rest of a sentence that claimed the event just told: the claimant's own account of it.
import { CLAUSE_HEAD, L, anyOf } from '../reading/word-pattern.js';

/**
 * "وتبنى التنظيم الهجوم، وزعم أن مقاتليه قتلوا ستة جنود", "…، مدعياً أن عناصره أصابوا عشرة",
 * "claimed the attack, and said its fighters had killed six": a clause that opens on the claimant
 * going on to tell (claim, allege, say) — what it tells is its own figure for the event it claimed,
 * not another event.
 */
const GOES_ON = new RegExp(
  `${CLAUSE_HEAD}(?:${anyOf(['وزعم', 'زاعما', 'زاعماً', 'وزعمت', 'زاعمة', 'وادعى', 'مدعيا', 'مدعياً', 'وادعت', 'مدعية', 'وقال', 'قائلا', 'قائلاً', 'وقالت', 'وأضاف', 'مضيفا', 'مضيفاً', 'وأضافت'])}|and (?:said|claimed|alleged)|saying|claiming|alleging)(?!${L})`,
  'u',
);

/** The clause (in matching form) opens on the claimant telling more. */
export function claimGoesOn(matchText: string): boolean {
  return GOES_ON.test(matchText);
}
