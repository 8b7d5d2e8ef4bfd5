// The day a toll of the event just told is given on: the event's day, or the day one more of its
// dead was found.
import { addDays } from './calendar.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { tellsFinding } from './found-day.js';
import type { Building } from '../incidents/incident-types.js';

/** How many days after the event a body of its dead may be found and still count in its toll. */
const FOUND_WITHIN_DAYS = 2;

/**
 * "A doctor gave a higher toll, saying the hospital had received eight bodies overnight" after
 * "attacked an army post late on Sunday, killing six": a toll with no event of its own (`tollOnly`),
 * dated by a time that overlaps the event's days, is that event's toll, not an event of its own
 * day. So is one dated by the finding of one more of its dead soon after ("أن عدد القتلى بلغ ثلاثة،
 * مبيناً أن أحد الرعاة عُثر على جثته صباح اليوم", the day after the attack): the day the dead
 * was found, not the day he was killed.
 */
export function dayOfToll(current: Building, facts: ClauseFacts): boolean {
  const told = facts.eventDate?.date;
  const known = current.date;
  if (!facts.tollOnly || !told || !known) return false;
  if (told.from <= known.to && known.from <= told.to) return true;
  return (
    tellsFinding(facts.matchText) && told.from > known.to && told.to <= addDays(known.to, FOUND_WITHIN_DAYS)
  );
}
