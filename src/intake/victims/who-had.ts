// "Two fighters who had joined the deal were killed": who the counted were, between them and their verb.
import { CUES } from '../events/event-cues.js';

/**
 * "who had joined settlement agreements", "who have worked for the council", "who shared the tent with
 * them": a relative clause in the perfect or the simple past, up to the passive "was"/"were" of the
 * count before it, tells who the counted were (told of their past, not of the blow).
 */
const WHO_HAD = /(?<![\p{L}])who\s+(?:had|have|has|\p{L}+ed)\s+[^,.;]*?(?=\s(?:was|were)(?![\p{L}]))/gu;

/**
 * The gap between a count and its passive verb (in matching form), without a relative clause that
 * tells who the counted were; one that tells a casualty of its own ("who had been wounded") stays.
 */
export function withoutWhoHad(gap: string): string {
  return gap.replace(WHO_HAD, (clause) =>
    ` ${clause} `.search(CUES.killed) >= 0 || ` ${clause} `.search(CUES.wounded) >= 0 ? clause : ' ',
  );
}
