// An event told again at another spot of its governorate or a day apart: its lead and its details,
// the deed and its finding, not two events.
import type { IncidentEvent } from '../../content/schema.js';
import type { ResolvedPlace } from '../../places/types.js';
import { countedUnsplit } from '../casualties/casualty-notes.js';
import type { DateValue } from '../dates/date-values.js';
import type { Check } from '../drafts/checks.js';
import { sameCount, spanOf, type Count } from '../reading/count.js';
import type { ActorId } from '../actors/actor-table.js';

/** What deciding "told again nearby" reads of a telling. */
export interface Telling {
  event: IncidentEvent;
  actors: ActorId[];
  date: DateValue;
  place: ResolvedPlace;
  killed: Count | null;
  wounded: Count | null;
  attackersKilled: Count | null;
  checks: readonly Check[];
  /** The article's sentences it was told in, in order. */
  sentences: readonly number[];
  separate: boolean;
  another?: boolean;
  risen?: boolean;
}

/** How many days apart two tellings of one toll may be dated: a deed at night, its dead found at dawn. */
const DAYS_APART = 1;

/** How long before their bodies were found people may have been taken: a week, as "last Friday". */
const DAYS_BEFORE = 7;

const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** Days between the end of the earlier span and the start of the later one (0 where they overlap). */
const gapDays = (a: DateValue, b: DateValue): number =>
  Math.max(0, dayNumber(b.from) - dayNumber(a.to), dayNumber(a.from) - dayNumber(b.to));

const sameToll = (x: Count | null, y: Count | null): boolean =>
  x === null || y === null ? x === y : sameCount(x, y);

const noToll = (x: Telling): boolean =>
  x.killed === null && x.wounded === null && x.attackersKilled === null && !countedUnsplit(x.checks);

const guessed = (x: Telling): boolean => x.checks.some((c) => c.reason === 'date-guessed');

/**
 * "…between eight and ten militants were killed", then a source's "estimates put the dead at
 * between eight and ten": a toll told as a range, given again to the same ends, is the same event's,
 * whatever place or time the clause that repeats it names in passing.
 */
const sameRange = (a: Telling, b: Telling): boolean =>
  a.killed !== null &&
  spanOf(a.killed).low < spanOf(a.killed).high &&
  sameToll(a.killed, b.killed) &&
  sameToll(a.wounded, b.wounded);

/**
 * "Gunmen set up a fake checkpoint on Monday evening and killed four passengers", then "a patrol
 * found four bodies on Tuesday morning"; "a Turkish drone strike in the same area killed two
 * fighters", then "On Monday a Turkish drone struck a position on the slopes of X, killing two": the
 * very same toll of several dead, told again on the next day, or on the same day by the same doer
 * named, come back to after other matter (the same toll on the same day told in the next sentence, or
 * with no doer named, is a roundup's next town: "four were killed in X. Another four were killed in
 * Y", "a man and his son were killed in X. Shelling also killed two farmers in Y").
 */
const sameSeveralDead = (a: Telling, b: Telling): boolean =>
  a.killed !== null &&
  spanOf(a.killed).low >= 2 &&
  sameToll(a.killed, b.killed) &&
  sameToll(a.wounded, b.wounded) &&
  gapDays(a.date, b.date) <= DAYS_APART &&
  (!sameDays(a.date, b.date) || (sameDoer(a, b) && comeBackTo(a, b)));

const sameDays = (a: DateValue, b: DateValue): boolean => a.from === b.from && a.to === b.to;

/** The later telling comes back after other matter, not in the sentence right after the earlier one opened. */
const comeBackTo = (a: Telling, b: Telling): boolean => (b.sentences[0] ?? 0) - (a.sentences[0] ?? 0) > 1;

const within = (inner: DateValue, outer: DateValue): boolean =>
  inner.from >= outer.from && inner.to <= outer.to;

/** The taking of people: their abduction, told before or after they were found dead. */
const taking = (x: Telling): boolean => x.event.subType === 'abduction_forced_disappearance';

/**
 * "Five were killed or wounded in a clash on the night of Saturday", then "the sources said the clash
 * began over a new checkpoint"; "The bodies of two shepherds abducted by gunmen were found on Monday",
 * then "Gunmen seized the four men on Saturday": a later telling with no toll of its own (nor a day
 * guessed), on the event's own days, or, for the taking of those found dead, in the week before them:
 * how the event began, not another. (A telling with no toll on another day is taken for another event:
 * a roundup's item, the attack the event answered, a background.)
 */
const beginsTheTold = (a: Telling, b: Telling): boolean =>
  !noToll(a) &&
  noToll(b) &&
  !guessed(b) &&
  (within(b.date, a.date) ||
    (taking(a) &&
      taking(b) &&
      b.date.to <= a.date.to &&
      dayNumber(a.date.from) - dayNumber(b.date.from) <= DAYS_BEFORE));

/** Gunmen the text does not name may be any group's: they set no telling apart. */
const named = (x: Telling): ActorId[] => x.actors.filter((v) => v !== 'unknown_gunmen');

/** Both name who did it, and the same one. */
const sameDoer = (a: Telling, b: Telling): boolean =>
  named(a).length > 0 && named(a).some((v) => named(b).includes(v));

/** Both name who did it, and nobody in common. */
const doersApart = (a: Telling, b: Telling): boolean =>
  named(a).length > 0 && named(b).length > 0 && !sameDoer(a, b);

/**
 * The very same kind of deed (not a generic attack, which would fit a protest), by no doer told apart.
 * The victims are told by the toll the tellings share or by none, so who was hit is not compared: a
 * clause that tells the finding names the finders where the other named the victims.
 */
const sameDeed = (a: Telling, b: Telling): boolean =>
  a.event.subType === b.event.subType && !doersApart(a, b);

/**
 * "Iraqi forces killed 32 militants on Tuesday south of Mosul", then "repelled an attack near X,
 * killing 25 militants", "bodies of seven more were found, bringing the toll to 32": a telling whose
 * toll rose, after it was told, to the very dead the earlier one counted, on its day and in its
 * governorate, is that event told from its first count on (the lead gave the latest), whichever side
 * each telling names as the doer of a fight.
 */
const risenToTheTold = (a: Telling, b: Telling): boolean =>
  !!b.risen &&
  a.killed !== null &&
  sameToll(a.killed, b.killed) &&
  (a.wounded === null || sameToll(a.wounded, b.wounded)) &&
  sameDays(a.date, b.date) &&
  a.event.type === b.event.type;

/**
 * The later telling `b` tells again the event `a` told before it, though place or day differ: a toll
 * told as a range given again to its very ends, or one risen to `a`'s (the event keeps `a`'s days); or the same kind of event
 * in the same governorate, nothing counting `b` as another or opening it apart, with either the very
 * same several dead a day apart at most, or no toll of its own on the event's days or just before
 * them (the event runs over the days of both). Returns the event's days, or null: two events.
 */
export function retoldNearby(a: Telling, b: Telling): DateValue | null {
  if (a.another || b.another || b.separate) return null;
  if (sameRange(a, b)) return a.date;
  const governorate = a.place.governorate?.en;
  if (!governorate || b.place.governorate?.en !== governorate) return null;
  if (risenToTheTold(a, b)) return a.date;
  if (!sameDeed(a, b)) return null;
  return sameSeveralDead(a, b) || beginsTheTold(a, b) ? daysOfBoth(a.date, b.date) : null;
}

/** The days of both tellings, from the earlier start to the later end. */
function daysOfBoth(a: DateValue, b: DateValue): DateValue {
  const from = a.from < b.from ? a.from : b.from;
  const to = a.to > b.to ? a.to : b.to;
  return from === a.from && to === a.to ? a : { from, to, precision: 'approximate' };
}
