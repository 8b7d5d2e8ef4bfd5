// "Round-up of violence in Iraq, Monday 11 June 2007", "الحصاد الأمني ليوم الاثنين": a heading that
// names the roundup it stands over, and its day.
import { anyOf, L } from '../reading/word-pattern.js';

/** The nouns a roundup is headed by: a round-up, a harvest of the day's security news, its incidents. */
const ROUNDUP_NOUN = new RegExp(
  `(?<!${L})(?:(?:security )?round ?up(?= of|:)|(?:${anyOf(['حصاد', 'الحصاد'])})(?:\\s+(?:${anyOf(['الأمني', 'أمني', 'اليوم', 'اليومي'])}))|(?:${anyOf(['الأحداث الأمنية', 'الحوادث الأمنية'])})|security (?:incidents|events|developments))(?!${L})`,
  'u',
);

/**
 * A line that heads a roundup and tells its day ("Round-up of violence in Iraq, Monday 11 June
 * 2007", "Security incidents in Iraq on Monday") tells the day of the items it stands over, though it
 * names no death: the items below it, told with no day of their own, are of that day (carried-date.ts),
 * not of the day the page was put out.
 */
export function headsRoundup(matchText: string): boolean {
  return ROUNDUP_NOUN.test(matchText);
}
