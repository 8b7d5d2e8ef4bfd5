// A funeral of the dead of the event just told: their burial, no event of its own.
import { tellsFuneral } from './funeral.js';
import { killedAtFuneral } from './killed-at-funeral.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';

/**
 * "On Tuesday, hundreds attended a funeral in Douma for a commander killed in the clashes", "وشيّع
 * أهالي المدينة اليوم جثامين عدد من المقاتلين الذين سقطوا في الهجوم": the dead are those of the event
 * told before (named back by its definite name) that has its dead already; the funeral's day and
 * town are the burial's, no blow of theirs (not blood shed at the funeral: killed-at-funeral.ts).
 */
export function funeralOfToldDead(last: Building | undefined, facts: ClauseFacts): boolean {
  return (
    last !== undefined &&
    last.killed !== null &&
    facts.refersBack &&
    tellsFuneral(facts.matchText) &&
    !killedAtFuneral(facts.matchText)
  );
}
