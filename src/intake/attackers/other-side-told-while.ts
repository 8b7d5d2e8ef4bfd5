// "٦ مقاتلين من المعارضة قتلوا خلال صد هجوم للنظام، فيما أكد الثوار مقتل ٩ عناصر من قوات النظام":
// after a fight's dead of one side, a teller set against them by "فيما" who counts fighters of
// another side only tells the other side's dead of the same fight — no second source's figure for
// the dead told already (second-source-toll.ts), which fight-sides.ts adds to the fight's toll.
import type { Building } from '../incidents/incident-types.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { FIGHTERS_OF_SIDE } from './fighters-of-side.js';
import { FORCE_MEMBERS } from './force-members.js';
import { ATTACK, toldAsFight } from './fight-sides.js';
import { WHILE } from './doers-dead.js';

/**
 * The clause counts dead of a side none of the fight's sides is (the fight names its sides; the
 * clause counts fighters or members of a force, its side one the actor tables may not know, "قوات
 * الأسد"), after an event told as a fight.
 */
export function otherSideToldWhile(last: Building, facts: ClauseFacts): boolean {
  return (
    WHILE.test(facts.matchText) &&
    // (not dead told of an attack of their own, "باستشهاد ضابط … بهجوم للتنظيم جنوبي المدينة")
    !ATTACK.test(facts.matchText) &&
    facts.casualties.killed !== null &&
    last.targets.length > 0 &&
    facts.targets.every((side) => !last.targets.includes(side)) &&
    (FIGHTERS_OF_SIDE.test(facts.matchText) || FORCE_MEMBERS.test(facts.matchText)) &&
    toldAsFight(last)
  );
}
