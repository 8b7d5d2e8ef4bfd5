// A toll counted up to now from a starting point: a total, not an event.
import { L } from '../reading/word-pattern.js';
import { withoutOwnOnsetDay } from './since-own-onset.js';

/** Days of the week: "has killed 10 people since Monday" is the running toll of the fighting told. */
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';

/**
 * "More than 400 civilians have been killed since government forces launched an offensive", "the
 * escalation has killed at least 40 people since June": the present perfect with "since" sums every
 * death from that point on (so does the pluperfect of reported speech: "the government said 1,600
 * fighters had been killed since the summer of 2014"; so the verbs of killing one by one: "30
 * activists have been assassinated since the protests began"). Not the dead of one event counted since it began or struck ("have died
 * since the blast", "since then", "has killed 10 people since Monday", "since last night"): that is
 * the running toll of the event told.
 */
const KILLED_SINCE = new RegExp(
  `(?<!${L})(?:have|has|had)\\s+(?:(?:now|so\\s+far|already)\\s+)?(?:been\\s+(?:killed|assassinated|murdered|executed)|killed|died)(?!${L})[^.;]{0,80}?(?<!${L})since\\s+(?!(?:then|yesterday|overnight|dawn|early|${DAYS})(?!${L})|(?:last|this|the)\\s+(?:night|morning|evening|weekend|attacks?|blasts?|bombings?|explosions?|strikes?|shelling|raids?|ambush|incident|${DAYS})(?!${L}))`,
  'u',
);

/**
 * "Turkish drone and air strikes have killed seven people in northern Iraq since Sunday": blows told
 * in the plural as the doer, their dead summed since a day; the strikes the article then tells one by
 * one, not another event (a single blow's toll since a day stays its running toll, above). So with
 * the day between the blows and the verb ("Turkish air and artillery strikes since Sunday have killed
 * 18 civilians").
 */
const BLOWS = '(?:strikes|airstrikes|air\\s+raids|raids|attacks|bombings)';
const BLOWS_KILLED_SINCE = new RegExp(
  `(?<!${L})${BLOWS}\\s+(?:have|has)\\s+(?:now\\s+|so\\s+far\\s+)?killed(?!${L})[^.;]{0,80}?(?<!${L})since(?!${L})|(?<!${L})${BLOWS}\\s+since\\s+(?:[\\p{L}\\p{N}]+\\s+){1,3}?(?:have|has)\\s+(?:now\\s+|so\\s+far\\s+)?killed(?!${L})`,
  'u',
);

/**
 * "more than 900 civilians have been killed in Russian air strikes since then": the dead of blows
 * told in the plural and not as the ones the article tells ("in the strikes", "in these raids"),
 * counted since a point, even one the sentence before set — a tally of a campaign's many blows.
 */
const KILLED_IN_BLOWS_SINCE = new RegExp(
  `(?<!${L})(?:have|has|had)\\s+(?:(?:now|so\\s+far|already)\\s+)?(?:been\\s+killed|died)\\s+in\\s+(?!(?:the|these|those|both|its|their)(?!${L}))(?:[\\p{L}.-]+\\s+){0,2}?${BLOWS}\\s+since(?!${L})`,
  'u',
);

/**
 * "72 civilians have been killed in Syria since then", "…in the country since": the dead of a whole
 * country counted since a point, even one the sentence before set ("since then", the day an offensive
 * began) — a tally of many blows, not the running toll of one.
 */
const KILLED_IN_COUNTRY_SINCE = new RegExp(
  `(?<!${L})(?:have|has|had)\\s+(?:(?:now|so\\s+far|already)\\s+)?(?:been\\s+killed|killed|died)\\s+in\\s+(?:syria|iraq|the\\s+country)\\s+since(?!${L})`,
  'u',
);

/**
 * "more than 600 people have been killed in the battle for Daraa city since then", "…in the siege of
 * the town since": the dead of a campaign (a battle for a city, a siege, an offensive) counted since
 * its start, even one the sentence before set — the sum of its many blows, not one event; a clash's
 * own dead "since then" stay its running toll (above).
 */
const KILLED_IN_CAMPAIGN_SINCE = new RegExp(
  `(?<!${L})(?:have|has|had)\\s+(?:(?:now|so\\s+far|already)\\s+)?(?:been\\s+killed|killed|died)\\s+in\\s+the\\s+(?:battle|siege|offensive|campaign)\\s+(?:for|of|on|against|to)\\s+[^.;]{0,60}?(?<!${L})since(?!${L})`,
  'u',
);

/**
 * The clause (in matching form) tells the dead counted since a starting point (not the start of the
 * operation told, this week: since-own-onset.ts).
 */
export function killedSince(text: string): boolean {
  const matchText = withoutOwnOnsetDay(text);
  return (
    matchText.includes('since') &&
    (KILLED_SINCE.test(matchText) ||
      BLOWS_KILLED_SINCE.test(matchText) ||
      KILLED_IN_BLOWS_SINCE.test(matchText) ||
      KILLED_IN_COUNTRY_SINCE.test(matchText) ||
      KILLED_IN_CAMPAIGN_SINCE.test(matchText))
  );
}
