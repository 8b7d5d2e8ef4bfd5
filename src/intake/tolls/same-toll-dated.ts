// The event just told, told again with the same toll and, this time, its day.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { sameCount } from '../reading/count.js';
import { isGeneric } from '../incidents/same-event.js';

/**
 * "…فيما قتل جنديان وأصيب ثلاثة آخرون بانفجار عبوة" in a lead that gives it no day, then a source's
 * "أن جنديين قتلا وأصيب ثلاثة آخرون مساء أمس الأحد بانفجار عبوة" a few sentences on: the same dead
 * and the same wounded (both counted), of the same kind of blow or none named, told of an event that
 * had no day of its own — the event again, with its day, not a second one. (A toll of the dead alone
 * is too common to tell one event by; so is one that differs in either count.)
 */
export function sameTollWithDay(current: Building, facts: ClauseFacts): boolean {
  const { killed, wounded } = facts.casualties;
  return (
    undatedToldAgainWithDay(current, facts) &&
    killed !== null &&
    wounded !== null &&
    current.killed !== null &&
    current.wounded !== null &&
    sameCount(killed, current.killed) &&
    sameCount(wounded, current.wounded) &&
    (!facts.eventNamed || isGeneric(current.event) || facts.event?.subType === current.event.subType)
  );
}

/**
 * The event being built has no day, and this clause gives one, with nothing telling it apart (not
 * another event, a separate one, or a total): it may be that event told again.
 */
export const undatedToldAgainWithDay = (current: Building, facts: ClauseFacts): boolean =>
  current.date === null && facts.eventDate !== null && !facts.separate && !facts.another && !facts.aggregate;
