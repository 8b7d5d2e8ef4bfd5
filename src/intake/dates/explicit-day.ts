// An explicit date in the text wins over a relative one (issue 12).
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import type { DateValue } from './date-values.js';
import { daysNamedBack } from './named-day.js';

/** A written day of the month: "13 نيسان", "April 13", "١٣ نيسان". */
const DAY_NUMBER = /\p{Nd}/u;
/** How far after a day told by name its written date may stand: "، الموافق", ", on". */
const APPOSITION_GAP = 16;

/**
 * "المعارك التي دارت منتصف الشهر، وتحديداً في 9 آذار", "the fighting last week, on March 9 to be
 * exact": a span told loosely ("last week", "mid-month", "recently"), then the day it was
 * written as a date, in one clause: the written day is the event's, even where the loose span's edges
 * miss it (a day that only names the weekday is left to the span). So is the written date right after
 * a day told by its name or as "yesterday" ("ظهر أمس الخميس الموافق 15 تشرين الأول", "on Tuesday,
 * August 8"): where the two disagree, the written one is the one meant.
 */
export function explicitDay<T extends { date: DateValue & { text: string }; start: number; end: number }>(
  chosen: T | undefined,
  dates: readonly T[],
): T | undefined {
  if (!chosen) return chosen;
  const written = (d: T): boolean => d.date.precision === 'day' && DAY_NUMBER.test(d.date.text);
  if (chosen.date.precision === 'day')
    return written(chosen)
      ? chosen
      : (dates.find((d) => written(d) && d.start >= chosen.end && d.start - chosen.end <= APPOSITION_GAP) ??
          chosen);
  return dates.find(written) ?? chosen;
}

/** How many days before the day its first telling gave a written day of the event may fall. */
const WRITTEN_BEFORE_DAYS = 2;

/**
 * "Two were killed on Tuesday when a bomb went off…", then "the source said the bomb exploded on the
 * evening of Monday, November 8": the event named back, with no toll of its own, on a day written as
 * a date a day or two before the day it was first told on (the day its victims were found or
 * reported): the same event, and the written day is its own.
 */
export function writtenDayNamedBack(current: Building, facts: ClauseFacts): boolean {
  const days = daysNamedBack(current, facts);
  if (days === null || facts.casualties.killed !== null || facts.casualties.wounded !== null) return false;
  const { told, had } = days;
  if (told.precision !== 'day' || had.from !== had.to || !DAY_NUMBER.test(facts.eventDate?.date.text ?? ''))
    return false;
  const before = (Date.parse(had.from) - Date.parse(told.from)) / 86_400_000;
  return told.from === told.to && before >= 1 && before <= WRITTEN_BEFORE_DAYS;
}
