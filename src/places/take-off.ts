// Where an aircraft took off from is where it came from, not where it struck.
import { isIn, type Token } from './tokens.js';
import { ORIGIN_WORDS } from './place-words.js';

/** Verbs of taking off or flying out ("أقلعت", "took off", "flew"), in matching form. */
const TAKE_OFF = new Set(['اقلعت', 'اقلع', 'اقلعتا', 'اقلعوا', 'انطلقت', 'off', 'flew', 'flown']);
/** At most this many words between "from" and the name ("من قاعدة حميميم", "from the Hmeimim air base"). */
const MAX_BETWEEN = 3;

/**
 * "طائرة حربية روسية أقلعت من قاعدة حميميم شنت غارات على السوق", "jets that took off from the
 * Hmeimim base struck the market": the base named after "took off from" is no place of the event.
 */
export function tookOffFrom(tokens: readonly Token[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(1, at - 1 - MAX_BETWEEN); j--)
    if (isIn(ORIGIN_WORDS, tokens[j]) && isIn(TAKE_OFF, tokens[j - 1])) return true;
  return false;
}
