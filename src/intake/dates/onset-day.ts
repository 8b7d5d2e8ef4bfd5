// "…killed in an overnight gunfight", then "The clash broke out late Monday": the night's first day.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { daysBetween } from './calendar.js';
import { daysNamedBack } from './named-day.js';

/** "broke out", "erupted", "began", "اندلعت", "بدأت" (matching form): when the event named began. */
const BEGAN = new RegExp(
  `(?<!${L})(?:broke out|erupted|began|started|flared)(?!${L})|(?<!${L})(?:${anyOf(['اندلعت', 'اندلع', 'بدأت', 'بدأ'])})(?!${L})`,
  'u',
);

/**
 * The event named back by its definite name, told to have begun on the day before the first day the
 * event had ("two guards were killed in an overnight gunfight", told on Wednesday; then "The clash
 * broke out late Monday"): a fight that ran through a night dated by when it was reported, now dated
 * by when it broke out — the same fight, not another one on the day before.
 */
export function namesOnsetOf(current: Building, facts: ClauseFacts): boolean {
  const days = daysNamedBack(current, facts);
  return days !== null && BEGAN.test(facts.matchText) && daysBetween(days.told.to, days.had.from) === 1;
}
