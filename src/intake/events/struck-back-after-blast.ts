// "انتحاري فجر سيارة مفخخة عند حاجز للجيش، ما أدى إلى مقتل ثلاثة جنود", then "وقال بيان إن طيران
// الجيش قصف تجمعات للمسلحين … وقتل العشرات منهم": a bomb is over once it has gone off; the side it hit
// striking from the air or with guns afterwards is a blow of its own, however loosely it counts its
// dead, and whatever place the two share (a district and a town of it).
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { fromAfar, otherBlow } from './other-blow.js';

/**
 * Whether the clause (`facts`) names a blow from afar whose doers are all among those the incident's
 * bomb set off on the spot (a suicide bomb, a planted bomb, a grenade) hit: another event, not more of
 * the bombing (a raid or a clash by them may still be the same fight; they are not struck from afar).
 */
export function struckBackAfterBlast(current: Building, facts: ClauseFacts): boolean {
  return (
    facts.eventNamed &&
    fromAfar(facts.event) &&
    otherBlow(current.event, facts.event) &&
    facts.actors.length > 0 &&
    facts.actors.every((a) => current.targets.includes(a) && !current.actors.includes(a))
  );
}
