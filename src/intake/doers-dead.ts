// The dead of the side that carried out the event just told: its attackers killed.
import type { ClauseFacts } from './clause-facts.js';
import { withinGap } from './incident-followups.js';
import type { Building } from './incident-types.js';

/**
 * "هاجم مسلحو داعش مواقع البيشمركة…" then "أربعة من البيشمركة استشهدوا، فيما قتل 12 من مسلحي داعش"
 * (four Peshmerga were killed, while 12 ISIS militants died); "Islamic State fighters attacked an
 * army post… Three soldiers were killed, while nine of the Islamic State fighters were killed": where
 * the only dead a clause of the event's own sentence counts are of the side that did the event, with
 * no blow, place or day of their own, they are that event's attackers killed — the same battle, not
 * another incident.
 */
export function deadOfTheDoers(last: Building, facts: ClauseFacts, sentenceIndex: number): boolean {
  const { killed, wounded, attackersKilled } = facts.casualties;
  return (
    killed !== null &&
    wounded === null &&
    attackersKilled === null &&
    last.attackersKilled === null &&
    // (or a later one that names the event again: "كما قتل ٣ من عناصر التنظيم خلال الاشتباكات")
    (last.sentences.includes(sentenceIndex) || (facts.refersBack && withinGap(last, sentenceIndex))) &&
    last.actors.length > 0 &&
    facts.targets.length > 0 &&
    facts.targets.every((t) => last.actors.includes(t)) &&
    // (the event named again by its definite noun is that one: "خلال الاشتباك", "in the clashes")
    (!facts.eventNamed || facts.refersBack) &&
    !facts.eventDate &&
    !facts.place?.governorate
  );
}
