// "since the operation began on Thursday": the running toll of the one operation told, not a span's.
import { WEEKDAY } from '../dates/date-patterns.js';
import type { DateMention } from '../reading/types.js';
import { L } from '../reading/word-pattern.js';

/**
 * "at least five fighters had been killed and 11 wounded since the operation began on Thursday",
 * "…since the assault was launched late on Monday", "…since troops launched their assault Friday" (its
 * doers told in the active): "since" counts from the start of the operation
 * the article tells, and that start is a day of this week — the running toll of one offensive of a
 * day or two, as "has killed 8 since Sunday" is of one battle (killed-since.ts). Not "since the
 * offensive began in June" nor "since government forces launched an offensive": a campaign's total.
 */
const SINCE_OWN_ONSET_DAY = new RegExp(
  `(?<!${L})since\\s+(?:(?:the|its|their)\\s+(?:operation|offensive|assault|attack|push|advance)\\s+(?:began|started|opened|was\\s+launched)|(?:troops|forces|rebels|insurgents|militants|the\\s+army)\\s+launched\\s+(?:the|its|their)\\s+(?:operation|offensive|assault|attack|push|advance))\\s+(?:(?:late|early)\\s+)?(?:on\\s+)?${WEEKDAY('day')}(?!${L})`,
  'u',
);

/** The words (in matching form) with such an onset blanked (same length): what "since" is left. */
export function withoutOwnOnsetDay(matchText: string): string {
  return matchText.replace(SINCE_OWN_ONSET_DAY, (m) => ' '.repeat(m.length));
}

/**
 * The dates a clause (in matching form) gives for its event, less the weekday such an onset names: the
 * day the operation began, not a day of the toll's own — the toll is the operation's, told with the
 * event the article dates (its lead), not an event of that day.
 */
export function withoutOwnOnsetDays(matchText: string, dates: readonly DateMention[]): DateMention[] {
  const onsets = [...matchText.matchAll(new RegExp(SINCE_OWN_ONSET_DAY.source, 'gu'))];
  if (onsets.length === 0) return [...dates];
  return dates.filter((d) => !onsets.some((m) => d.start >= m.index && d.start < m.index + m[0].length));
}
