// An event whose only dead, in all its clauses, are the militants it fought.
import { NON_STATE } from '../actors/actor-table.js';
import type { Building } from '../incidents/incident-types.js';

/**
 * "اشتبكت وحدة من الجيش مع مجموعة مسلحة حاولت التسلل…، وقضت على 14 إرهابياً", "Troops ambushed
 * militants near the border, killing three of them": an event told first with no casualties, whose
 * later clauses count only militants dead and no victim at all: they are its dead, as when its first
 * clause counts them (incidents.ts). Read once all its clauses are in, so that victims told after the
 * militants ("…قتل خمسة من الإرهابيين", then "استشهاد جنديين") keep the militants apart. Not where
 * armed groups alone did the event ("هاجم مسلحون من داعش موقعاً للجيش … مقتل ثلاثة من المهاجمين"):
 * those dead are its attackers; nor the dead of its own doers told after it (doers-dead.ts).
 */
export function militantsOnlyDead(b: Building): boolean {
  const doneByArmedGroups = b.actors.length > 0 && b.actors.every((a) => NON_STATE.has(a));
  return (
    b.killed === null &&
    b.wounded === null &&
    b.attackersKilled !== null &&
    !b.doersDead &&
    !doneByArmedGroups
  );
}
