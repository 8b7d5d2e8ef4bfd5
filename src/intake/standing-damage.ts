// Damage told as a standing state, not as the blow that caused it.
import { L, anyOf } from './word-pattern.js';

/**
 * "with an estimated 45 percent of homes in Sinjar still destroyed", "منازل لا تزال مدمرة" (homes
 * still in ruins): what the war left, as it stands today, is no event of the news; the destruction
 * happened long before (a clause with its own dead or wounded is read as usual).
 */
const STILL_DAMAGED = new RegExp(
  `(?<!${L})(?:still|remain|remains|remained)\\s+(?:largely\\s+|partly\\s+|badly\\s+)?(?:destroyed|damaged|in ruins|in rubble|uninhabitable)(?!${L})|(?<!${L})(?:${anyOf(['لا تزال', 'لاتزال', 'ما زالت', 'مازالت', 'ما تزال', 'لا يزال', 'ما زال'])})\\s+(?:${anyOf(['مدمرة', 'مدمرا', 'مهدمة', 'مهدما', 'متضررة', 'ركاما', 'أنقاضا', 'مدمره'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells damage that stands still, not a blow. */
export function standingDamage(matchText: string): boolean {
  return /still|remain|تزال|زال|زالت/u.test(matchText) && STILL_DAMAGED.test(matchText);
}
