// One more victim told with "also" inside the sentence of the event: that event's, not another.
import { ALSO } from '../incidents/clause-links.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';

/**
 * "…اغتالوا مختار القرية بعد أن اقتحموا منزله، كما أصيب نجله بجروح" (gunmen killed the village head
 * in his home, and his son was also wounded): "كما" opening a clause of the same sentence or quote,
 * with someone hit and no event, place or day of its own, adds a victim to the event the sentence
 * told; "كما" opening a sentence of its own, or a clause with its own blow or place ("كما قتل ثلاثة
 * بقصف على قرية …"), is still another item of a roundup. `nth` is the clause's place in its sentence.
 */
export function furtherVictim(facts: ClauseFacts, nth: number): boolean {
  return (
    nth > 0 &&
    ALSO.test(facts.matchText) &&
    (facts.casualties.killed !== null || facts.casualties.wounded !== null) &&
    !facts.eventNamed &&
    !facts.eventDate &&
    !facts.place?.governorate &&
    !facts.another
  );
}
