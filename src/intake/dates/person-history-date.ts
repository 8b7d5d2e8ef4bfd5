// When someone did what the article tells of him, in a relative clause, is not the day of the event.
import type { DateMention } from '../reading/types.js';
import { CUES } from '../events/event-cues.js';

/**
 * "a former commander who had signed a settlement with the government in 2018", "a lawyer who has
 * lived in the city since 2011": a relative clause in the perfect, up to the year it gives (no comma
 * between), tells the person's past, not the blow. Only a year: with no comma to close it, the clause
 * may run into the event's own day ("a commander who had reconciled with the government … late on
 * Sunday"). One that tells a casualty ("who had been wounded in 2016") stays.
 */
const WHO_HAD_BEFORE_DATE = /(?<![\p{L}])who\s+(?:had|has|have)\s+[^,.;]{0,80}$/u;

/** A date told by its year alone: "in 2018", "since 2011". */
const YEAR_ONLY = /(?<![\p{L}\p{N}])(?:19|20)\d{2}$/u;

/** The dates of a clause (in matching form), less those inside a relative clause telling someone's past. */
export function withoutPersonHistory(matchText: string, dates: readonly DateMention[]): DateMention[] {
  return dates.filter((d) => {
    if (!YEAR_ONLY.test(d.text)) return true;
    const before = WHO_HAD_BEFORE_DATE.exec(matchText.slice(Math.max(0, d.start - 120), d.start));
    if (!before) return true;
    const clause = ` ${before[0]} `;
    return clause.search(CUES.killed) >= 0 || clause.search(CUES.wounded) >= 0;
  });
}
