// "Near the air base, government forces clashed with militants." then "Nine soldiers and three
// militants were killed": a fight told with no dead yet, its toll counted side by side in the clause
// after it. The armed men are the side the forces clashed with, not attackers set apart from victims:
// both counts are the clash's toll (as forces-attacked-tally.ts reads them after the forces' own
// assault). Not where the opening tells an attack, or one fought off ("militants attacked a post,
// sparking clashes"): the attackers of an attack stay apart.
import { ATTACK, FIGHT, FOUGHT_OFF } from './fight-sides.js';

/** The event's opening clause (matching form) told a clash between sides, no attack by either. */
export const clashToldBefore = (opened: string): boolean =>
  FIGHT.test(opened) && !ATTACK.test(opened) && !FOUGHT_OFF.test(opened);
