// "Air strikes killed seven civilians in Eastern Ghouta … The strikes hit a neighbourhood of the town
// of X, adding that more than 20 people were wounded": a sentence whose subject is the blow just
// told, by its definite name ("the strikes hit", "أسفر القصف عن"), counting only the kind of
// casualty that blow lacked, tells where it fell and whom else it hit — not another event at the
// spot it names (sentence-other-spot.ts).
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { SUBJECT_BACK } from '../incidents/clause-links.js';
import type { Building } from '../incidents/incident-types.js';

export function blowNamedBackWithOtherKind(current: Building, facts: ClauseFacts): boolean {
  const { killed, wounded } = facts.casualties;
  const lacks =
    killed === null
      ? wounded !== null && current.wounded === null && current.killed !== null
      : wounded === null && current.killed === null && current.wounded !== null;
  return lacks && !facts.eventDate && !facts.separate && !facts.another && SUBJECT_BACK.test(facts.matchText);
}
