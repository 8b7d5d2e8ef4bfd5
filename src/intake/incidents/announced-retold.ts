// An event the lead dated only by the day it was announced, told again with the day it happened.
import { addDays } from '../dates/calendar.js';
import type { DateValue } from '../dates/date-values.js';
import type { Check } from '../drafts/checks.js';
import { sameCount, type Count } from '../reading/count.js';

interface Dated {
  date: DateValue;
  killed: Count | null;
  wounded: Count | null;
  checks: readonly Check[];
}

/** The days before an announcement its event may lie in: "مساء أمس", a weekday of the week. */
const WEEK = 7;

/** Dated by a guess (the day it was announced, or published), not by a day the text gave the event. */
export const guessedDay = (x: Dated): boolean => x.checks.some((c) => c.reason === 'date-guessed');

const sameToll = (a: Count | null, b: Count | null): boolean =>
  a === null || b === null ? a === b : sameCount(a, b);

/**
 * "أعلنت القيادة، اليوم الأربعاء، إصابة مدنيين اثنين بسقوط قذيفة على منزل في الطارمية", then its
 * statement "أطلقت مجموعة مساء أمس الثلاثاء قذيفتين … سقطت الأخرى على منزل في الطارمية، ما أدى إلى
 * إصابة مدنيين اثنين" ("Police said on Tuesday two were wounded…", then "the rocket hit the house
 * late on Monday, wounding two"): one telling dated only by the day it was announced, the other
 * by a day of the week before it, with the very same toll — the announced event, told again with
 * its day (place and kind are for the caller to compare).
 */
export function retellsAnnounced(a: Dated, b: Dated): boolean {
  const [guess, told] = guessedDay(a) ? [a, b] : [b, a];
  if (!guessedDay(guess) || guessedDay(told)) return false;
  if (guess.date.from !== guess.date.to || told.date.to > guess.date.from) return false;
  if (told.date.from < addDays(guess.date.from, -WEEK)) return false;
  const some = a.killed !== null || a.wounded !== null;
  return some && sameToll(a.killed, b.killed) && sameToll(a.wounded, b.wounded);
}
