// A roundup paragraph that tells an operation of its own: its doer, its deed and its dead.
import { militantsToldAgain } from '../tolls/casualties-conflict.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { fromAfar } from '../events/other-blow.js';

/**
 * "Security forces killed two militants in a raid on a hideout", told in a paragraph after another
 * item ("قتلت القوات الأمنية إرهابيين اثنين بعملية دهم لوكر" likewise): its dead are militants,
 * but they are its own toll — a deed named, by a doer the item before neither names nor hit — not
 * attackers of that item killed in it ("Guards killed two of the attackers" names no deed of its own),
 * nor the militants it killed told again ("The troops stormed the hideouts, killing 16 militants").
 */
export function ownOperation(current: Building, facts: ClauseFacts): boolean {
  const { killed, wounded, attackersKilled } = facts.casualties;
  return (
    attackersKilled !== null &&
    killed === null &&
    wounded === null &&
    facts.eventNamed &&
    !facts.refersBack &&
    facts.actors.length > 0 &&
    !militantsToldAgain(current, facts) &&
    facts.actors.every(
      (a) => !current.actors.includes(a) && (!current.targets.includes(a) || strikesBack(current, facts)),
    )
  );
}

/**
 * "PKK fighters opened fire on a Turkish post, killing two soldiers", then "Turkish warplanes struck
 * PKK positions in the area, killing four militants": the side that was hit striking the doers back
 * from afar, from the air or with guns — a blow of its own, its dead its own toll (not "Troops
 * returned fire, killing three of the attackers", the same fight).
 */
export function strikesBack(current: Building, facts: ClauseFacts): boolean {
  return (
    fromAfar(facts.event) &&
    facts.targets.length > 0 &&
    facts.targets.every((t) => current.actors.includes(t))
  );
}
