// A toll brought up to the day it was given, from an onset days back or over the month so far: a total, no event.
import type { DateMention } from '../reading/types.js';
import { daysBetween } from '../dates/calendar.js';
import { L } from '../reading/word-pattern.js';

/**
 * The dead told in the perfect, or the pluperfect of reported speech ("have been killed", "has
 * killed", "had died"): a count brought up to the day it was given, not the dead of one blow told
 * as done.
 */
const PERFECT_KILLED = new RegExp(
  `(?<!${L})(?:have|has|had)\\s+(?:(?:now|so\\s+far|already)\\s+)?(?:been\\s+killed|killed|died)(?!${L})`,
  'u',
);

/** "this month", "this year": the span so far, which a count in the perfect sums. */
const THIS_SPAN = new RegExp(`(?<!${L})this\\s+(?:month|year)(?!${L})`, 'u');

/**
 * "since", "which began", "that was launched": a count running from an onset on (the onset's day
 * told after it).
 */
const FROM_ONSET = new RegExp(
  `(?<!${L})(?:since|(?:which|that)\\s+(?:began|started|erupted|broke\\s+out|(?:was|were)\\s+launched))(?!${L})`,
  'u',
);

/** Days back an onset must lie for the count since to sum more than one battle's days. */
const SEVERAL_DAYS = 5;

/**
 * "More than 1,300 Iraqis have been killed in sectarian violence since the bombing of a shrine on
 * Feb. 22", "more than 100 fighters had been killed in the operation to retake the city, which began
 * on December 22" (said on the 28th), "At least 19 have been killed this month": the dead counted in
 * the perfect from an onset whose day lies five days or more before `toldOn` (the day the count was
 * given), or over the month or year so far, sum the events of those days — a figure, not an incident
 * dated to the onset. Not a blow's running toll since its day ("have died since the blast on
 * Monday", said on Wednesday), nor an event told with the span only after its toll.
 */
export function countedToDate(matchText: string, dates: readonly DateMention[], toldOn: string): boolean {
  const killed = PERFECT_KILLED.exec(matchText);
  if (!killed) return false;
  const after = matchText.slice(killed.index);
  if (THIS_SPAN.test(after)) return true;
  const onset = FROM_ONSET.exec(after);
  if (!onset) return false;
  const onsetAt = killed.index + onset.index;
  return dates.some((d) => d.start > onsetAt && daysBetween(d.date.to, toldOn) >= SEVERAL_DAYS);
}
