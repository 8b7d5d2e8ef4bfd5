// "قتلت القوات ثمانية من مسلحي التنظيم في عملية أمنية…، فيما قتل مقاتلان من الفصائل المساندة خلال
// الاشتباكات": forces' operation against an armed group, its dead counted first, then dead of the
// forces' side told fallen "in the clashes" — the definite noun names the operation back as a fight,
// so the clause's dead are its other side's and the toll counts both (as operation-fought.ts reads
// the forces' dead told martyred, with no fight named).
import { NON_STATE } from '../actors/actor-table.js';
import type { Building } from '../incidents/incident-types.js';
import { matchView } from '../reading/view.js';
import { IN_OPERATION, namesBlow } from './operation-fought.js';
import { FIGHT_NAMED_BACK_AR } from './fight-nouns.js';

/** "خلال الاشتباكات", "في المعارك" (matching form): the fight just told, by its definite noun. */
const FIGHT_NAMED_BACK = new RegExp(FIGHT_NAMED_BACK_AR, 'u');

/**
 * The event was told as an operation in which men of an armed group (a non-state side its clause
 * names among those hit) died, and the clause (matching form) tells its dead fallen in the fight
 * named back by its definite noun, in no blow of their own. (The clause's side, "while" and place are
 * weighed by the caller, fight-sides.ts.)
 */
export function operationClashed(event: Building, clauseMatchText: string): boolean {
  return (
    FIGHT_NAMED_BACK.test(clauseMatchText) &&
    !namesBlow(clauseMatchText) &&
    event.targets.some((side) => NON_STATE.has(side)) &&
    IN_OPERATION.test(matchView(event.source).text)
  );
}
