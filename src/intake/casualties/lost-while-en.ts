// "At least 12 rebels were killed in the battles, while the army lost three soldiers": a side's own
// dead set against the enemy's by "while" — the men it lost in the fight just told, though the clause
// does not say "in the fighting" again (dying-verbs.ts reads "lost N soldiers in the fighting"; a
// war's tally, "has lost 300 soldiers since…", is no "while" clause of one fight's toll).
import { L } from '../reading/word-pattern.js';

/**
 * "while the army lost three soldiers", "whereas the rebels lost 11 fighters," (matching form): the
 * verb right after "while"/"whereas" and a side of two words at most, its count and men (one to
 * three words) ending the clause, at a comma, a stop or the text's end — no "has lost", no ground,
 * vehicles or touch lost, nothing (a span, a place) told after the men.
 */
export const LOST_WHILE_EN = `(?<=(?<!${L})(?:while|whereas)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){1,2})lost(?=\\s+(?:[^\\s,.;]+\\s+){1,3}?(?:soldiers|fighters|troops|men|members|policemen|officers|personnel|guards|militiamen)\\s*(?:[,.;]|$))`;
