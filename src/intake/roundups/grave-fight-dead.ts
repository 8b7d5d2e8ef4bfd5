// The dead of a fight, in an article whose lead tells of a mass grave: no grave holds them.
import { toldKilledInFight } from '../casualties/fight-toll.js';
import { tellsRemains } from '../places/grave-site.js';

/**
 * "Troops drove the militants out of the town on Sunday and found a mass grave there. Six soldiers
 * and 30 militants were killed in the fighting." A clause whose dead "were killed in the fighting"
 * (or "in clashes", "in a gunbattle") counts the fallen of a fight, both sides of it — not the
 * grave's victims, who were shot or executed long ago. So the clause with no day of its own goes on
 * with the fight the lead told (its day), not with the grave; unless it tells remains itself ("the
 * bodies of soldiers killed in battles with the group", matching form), which the grave may hold.
 */
export function fightDeadNotGrave(clauseText: string): boolean {
  return toldKilledInFight(clauseText) && !tellsRemains(clauseText);
}
