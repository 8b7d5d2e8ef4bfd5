// "Shelling killed six civilians in the town", then "the SDF said its fighters repelled a large
// attack on a village west of it, killing 22 attackers": the ground attack fought off is another
// event than the blow from afar told before it, though the same day and the same district.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { fromAfar } from './other-blow.js';

/**
 * An attack told as fought off, named without "the" (matching form): "repelled a large-scale
 * attack", "fought off an assault", "تصدوا منذ فجر اليوم لهجوم واسع", "أحبطت هجوماً" — one not told
 * before ("repelled the attack" names the one just told back).
 */
const FOUGHT_OFF_ANEW = new RegExp(
  `(?<!${L})(?:repelled|repulsed|fought off|beat back|thwarted|foiled)\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:attack|assault|offensive|raid|infiltration)(?!${L})|(?<!${L})(?:${anyOf(['تصدت', 'تصدى', 'تصدوا', 'صدت', 'صد', 'صدوا', 'أحبطت', 'أحبط', 'أحبطوا'])})\\s+(?:${L}+\\s+){0,6}?(?:${anyOf(['لهجوم', 'هجوما', 'هجوماً', 'لمحاولة', 'محاولة'])})(?!${L})`,
  'u',
);

/**
 * The clause tells an attack fought off anew after an event that was a blow from afar and counted
 * its hurt already (the clause is no telling of how they were hit): another event, the fight, not
 * more of the shelling or the air strike; its toll follows it.
 */
export function foughtOffAfterBlowFromAfar(current: Building, facts: ClauseFacts): boolean {
  return (
    (current.killed !== null || current.wounded !== null) &&
    fromAfar(current.event) &&
    facts.place !== null &&
    FOUGHT_OFF_ANEW.test(facts.matchText)
  );
}
