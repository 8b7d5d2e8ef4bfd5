// The active verb of hitting ("أصابت", "أصابوا"): what stands before it hit, no one it hurt.
import { normalizeForMatch } from '../../text/normalize.js';

const f = normalizeForMatch;
const ACTIVE_HIT = new Set(
  ['أصاب', 'أصابت', 'أصابا', 'أصابتا', 'أصابوا'].flatMap((w) => [w, `و${w}`, `ف${w}`]).map(f),
);

/**
 * "إحدى الغارات أصابت منزلاً", "قذيفة أصابت سيارة": the active "أصاب" has the blow as its subject
 * and what or whom it hit as its object after it; so its count is never the one before it, as a
 * passive's ("أصيب ثلاثة" / "ثلاثة أصيبوا") is. `cue` is the matched cue, as written.
 */
export const activeHit = (cue: string): boolean => ACTIVE_HIT.has(f(cue.trim().split(/\s+/u)[0] ?? ''));
