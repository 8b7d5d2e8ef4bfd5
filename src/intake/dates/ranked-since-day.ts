// "It was the deadliest attack on the new authorities since rebels toppled the president on Dec. 8":
// the day of what the news is ranked against, not the news' own.
import { CUES } from '../events/event-cues.js';
import type { DateMention } from '../reading/types.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * A superlative, up to six words, then "since" / "منذ" ("the worst attack on the city since"); "the
 * first such attack since" ranks the news the same way, as the first of its kind since then.
 */
const RANKED_SINCE = new RegExp(
  `(?<!${L})(?:deadliest|worst|bloodiest|biggest|largest|first\\s+such|${anyOf(['الأعنف', 'الأكثر دموية', 'الأسوأ', 'الأكبر', 'الأدمى'])})(?!${L})(?:\\s+[^\\s.،,]+){0,6}?\\s+(?:since|${anyOf(['منذ'])})\\s`,
  'u',
);

/** A blow named by its verbal noun ("منذ استهداف حافلة مماثلة"): an earlier event, whose toll may follow. */
const BLOW_NOUN = new RegExp(
  `(?<!${L})(?:${anyOf(['استهداف', 'هجوم', 'الهجوم', 'تفجير', 'التفجير', 'انفجار', 'غارة', 'قصف', 'كمين', 'مجزرة', 'اعتداء'])})(?!${L})`,
  'u',
);

/**
 * The dates a clause gives for its event, less the days told after a superlative's "since" where what
 * follows it names no blow and no dead or wounded: that is when the event the news is measured
 * against happened (a ruler's fall, the start of a war), no event of the article. A blow told there ("since a bombing
 * killed 32 in January", "منذ استهداف حافلة مماثلة … والذي راح ضحيته 28", its toll maybe in the next
 * clause) is an earlier event told on its own (followups/earlier-events.ts).
 */
export function withoutRankedSinceDays(matchText: string, dates: readonly DateMention[]): DateMention[] {
  const m = RANKED_SINCE.exec(matchText);
  if (!m) return [...dates];
  const since = m.index + m[0].length;
  const after = matchText.slice(since);
  if (BLOW_NOUN.test(after) || [CUES.action, CUES.killed, CUES.wounded].some((cue) => after.search(cue) >= 0))
    return [...dates];
  return dates.filter((d) => d.start < since);
}
