// A toll counted up to now from a starting point: a total, not an event.
import { L } from './word-pattern.js';

/**
 * "More than 400 civilians have been killed since government forces launched an offensive", "the
 * escalation has killed at least 40 people since June": the present perfect with "since" sums every
 * death from that point on. Not the dead of one event counted since it ("have died since the blast",
 * "since then"): that is a later toll of the event told.
 */
const KILLED_SINCE = new RegExp(
  `(?<!${L})(?:have|has)\\s+(?:(?:now|so\\s+far|already)\\s+)?(?:been\\s+killed|killed|died)(?!${L})[^.;]{0,80}?(?<!${L})since\\s+(?!then(?!${L})|the\\s+(?:attack|blast|bombing|explosion|strike|shelling|raid|ambush|incident)s?(?!${L}))`,
  'u',
);

/** The clause (in matching form) tells the dead counted since a starting point. */
export function killedSince(matchText: string): boolean {
  return matchText.includes('since') && KILLED_SINCE.test(matchText);
}
