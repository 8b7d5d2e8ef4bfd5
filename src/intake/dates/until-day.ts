// "…in the exchange of fire that lasted until the early hours of Thursday": the day a fight ran until is not its day.
import type { DateMention } from '../reading/types.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "until", "حتى", or "into" after a verb of lasting ("lasted into", "went on into": not the "into" of
 * a night, "late Wednesday into Thursday", date-rules-nights.ts, nor "strikes, which continued into
 * Sunday", whose day closes the night the strikes began on), right before the day (a few words
 * such as "the early hours of", "ساعات فجر" between): that day is when what was told ended, not when
 * it happened.
 */
const UNTIL_BEFORE = new RegExp(
  `(?<!${L})(?:until|till|(?:lasted|went on|raged|dragged on)\\s+(?:well\\s+)?into|${anyOf(['حتى', 'لغاية', 'وحتى'])})(?:\\s+[^\\s.,;،؛]+){0,4}\\s*$`,
  'u',
);
/**
 * "by" or "بحلول" right before the day ("had been brought in by Tuesday morning", "by the early hours
 * of Monday", "بحلول مساء الثلاثاء"): the day a count or a state stood by, not when what it counts
 * happened. Only the day itself or its hours may follow the word ("killed by the blast on Tuesday",
 * "wounded by Sunday's bomb" name the blow, not a deadline).
 */
const BY_BEFORE = new RegExp(
  `(?<!${L})(?:by|${anyOf(['بحلول'])})\\s+(?:the\\s+(?:early\\s+hours|end|morning|evening|night)\\s+of\\s+|${anyOf(['صباح', 'مساء', 'ظهر', 'فجر', 'ليل', 'ليلة', 'نهاية'])}\\s+)?$`,
  'u',
);
/** A day told as the owner of what follows ("Sunday's bomb", "sunday s" in matching form), which no deadline is. */
const POSSESSIVE_AFTER = /^(?:['’]|\s)s(?!\p{L})/u;

/** How far before a date "until" may stand. */
const REACH = 40;

/**
 * The dates a clause gives for its event, less the day it ran until: in "Two of the attackers were
 * also killed in the exchange of fire that lasted until the early hours of Thursday" and "في اشتباكات
 * استمرت حتى فجر اليوم الخميس" the day is where the fight told before ended; the event's is its start.
 */
export function withoutUntilDays(matchText: string, dates: readonly DateMention[]): DateMention[] {
  return dates.filter((d) => {
    const before = matchText.slice(Math.max(0, d.start - REACH), d.start);
    if (UNTIL_BEFORE.test(before)) return false;
    return !(BY_BEFORE.test(before) && !POSSESSIVE_AFTER.test(matchText.slice(d.end)));
  });
}
