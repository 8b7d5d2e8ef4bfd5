// An event whose only dead, in all its clauses, are the militants it fought.
import type { Building } from '../incidents/incident-types.js';

/**
 * "اشتبكت وحدة من الجيش مع مجموعة مسلحة حاولت التسلل…، وقضت على 14 إرهابياً", "Troops ambushed
 * militants near the border, killing three of them": an event told first with no casualties, whose
 * later clauses count only militants dead and no victim at all: they are its dead, as when its first
 * clause counts them (incidents.ts). Read once all its clauses are in, so that victims told after the
 * militants ("…قتل خمسة من الإرهابيين", then "استشهاد جنديين") keep the militants apart. So too
 * where armed groups alone are its doers, an attack fought off ("صد الجيش هجوماً لمسلحين على القرية
 * وقتل تسعة منهم دون خسائر في صفوفه"): with no victim beside them, the attackers are all its dead
 * (the defenders are no doers of it: repelled.ts). Not the dead of its own doers told
 * after it (doers-dead.ts).
 */
export function militantsOnlyDead(b: Building): boolean {
  return b.killed === null && b.wounded === null && b.attackersKilled !== null && !b.doersDead;
}
