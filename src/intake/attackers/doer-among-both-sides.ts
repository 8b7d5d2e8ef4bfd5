// "سيطر التنظيم على البلدة إثر هجوم على حواجز قوات النظام…", then "أسفرت المعارك عن مقتل 30 من قوات
// النظام و12 من عناصر التنظيم": a toll of both sides of the fight, the doer's own men counted beside
// the side it was told to have struck. Its dead are one side of the fight's toll, not the victims of a
// blow at it: the doer told before stays the doer, not a target of its own fight (incident-merge.ts
// drops a doer that is also a target).
import type { ActorId } from '../actors/actor-table.js';

/**
 * The clause's dead (killed told) count the doer `actor` of the event and, besides, a side the event
 * already had as its target (`eventTargets`, before the clause): the doer stays one. (Where the other
 * side counted is told as a doer too, "معارك مع فصائل المعارضة", who struck whom is not known: both
 * are left as the clause tells them.)
 */
export function doerAmongBothSides(
  actor: ActorId,
  doers: readonly ActorId[],
  eventTargets: readonly ActorId[],
  clauseTargets: readonly ActorId[],
  killedTold: boolean,
): boolean {
  return (
    killedTold &&
    doers.includes(actor) &&
    clauseTargets.includes(actor) &&
    clauseTargets.some((side) => side !== actor && eventTargets.includes(side))
  );
}
