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
 *
 * In an armed clash the same holds beside wounded ("اشتبكت دورية مع مهربين… قتل خلاله اثنان من
 * المهربين وأصيب عنصر من الدورية", "two gunmen were killed and a soldier wounded in the clash"): the
 * dead of the side it fought are all the dead a fight between two armed sides made, the wounded
 * those of the other side; a blow on victims (a bomber dead beside the wounded he made) keeps them apart.
 */
export function militantsOnlyDead(b: Building): boolean {
  const victimsApart = b.wounded !== null && b.event.type !== 'battles';
  return b.killed === null && !victimsApart && b.attackersKilled !== null && !b.doersDead;
}
