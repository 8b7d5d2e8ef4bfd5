// Blows carried out again and again since a day: a campaign's run, not one event.
import { L } from '../reading/word-pattern.js';

/**
 * "U.S. warplanes have carried out air strikes against militant targets near the city since Monday",
 * "jets have been pounding rebel positions since Tuesday": the present perfect of the doers' blows,
 * in the plural, counted from a point — many strikes over days, none of them the one an event's date
 * and place can be told of (a toll the clause gives is weighed by killed-since.ts).
 */
const BLOWS_SINCE = new RegExp(
  `(?<!${L})(?:have|has)\\s+(?:(?:now|already|repeatedly)\\s+)?(?:carried\\s+out|conducted|launched|staged|been\\s+(?:carrying\\s+out|conducting|launching|pounding|bombing|shelling|striking))\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:strikes|airstrikes|raids|attacks|sorties|bombings|positions|targets)(?!${L})[^.;]{0,80}?(?<!${L})since(?!${L})`,
  'u',
);

/** The clause (in matching form) tells blows carried out over and over since a starting point. */
export const blowsSince = (matchText: string): boolean =>
  matchText.includes('since') && BLOWS_SINCE.test(matchText);
