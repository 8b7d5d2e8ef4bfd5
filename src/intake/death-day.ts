// The day one of the wounded died is the death's, not the day of the blow that wounded them.
import { diedOfWoundsSpan } from './died-of-wounds.js';
import type { DateMention } from './types.js';

/**
 * The dates a clause gives for its event, less the day some of the wounded died, told between the
 * verb of dying and the wounded: in "توفي، اليوم الثلاثاء، أحد جرحى التفجير الذي استهدف حافلة…" (one
 * of the wounded of the bombing died today) the day is the death's, and the blow is the event told
 * elsewhere (a day told of the blow after the wounded, "أحد جرحى تفجير يوم الأحد", stays the event's).
 */
export function withoutDeathOfWoundedDays(matchText: string, dates: readonly DateMention[]): DateMention[] {
  const death = diedOfWoundsSpan(matchText);
  if (!death) return [...dates];
  return dates.filter((d) => !(d.start >= death.start && d.start < death.end));
}
