// "…as vote counting from the March 7 elections dragged on": the day of a vote, not of the news' deeds.
import type { DateMention } from '../reading/types.js';
import { L } from '../reading/word-pattern.js';

/** An election, a vote or a referendum, with up to two words before it ("parliamentary", "general"). */
const VOTE_AFTER = new RegExp(
  `^\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:elections?|polls|vote|voting|referendum|ballot)(?!${L})`,
  'iu',
);

/** The vote named right before the day ("the elections of March 7", "the referendum held on"). */
const VOTE_BEFORE = new RegExp(
  `(?<!${L})(?:elections?|polls|vote|referendum)\\s+(?:(?:held|that\\s+took\\s+place|which\\s+took\\s+place)\\s+)?(?:of|on)\\s*$`,
  'iu',
);

/**
 * The dates a clause (in matching form) gives for its event, less the day of a vote it names ("the
 * March 7 elections", "the elections of March 7"): copy names the vote to set the news in its time; the
 * deeds it tells have days of their own, or take the publication's.
 */
export function withoutVoteDays(matchText: string, dates: readonly DateMention[]): DateMention[] {
  return dates.filter(
    (d) =>
      !VOTE_AFTER.test(matchText.slice(d.end, d.end + 40)) &&
      !VOTE_BEFORE.test(matchText.slice(Math.max(0, d.start - 40), d.start)),
  );
}
