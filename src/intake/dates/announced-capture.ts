// "أعلنت قوات الجيش، مساء أمس الخميس، استعادة السيطرة على المدينة": the day told between the
// announcing and the taking of a place it announces is the taking's day.
import { ar } from '../events/cue-pattern.js';
import { CAPTURE_NOUNS } from './capture-lead.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { announcedBefore } from './announced-before.js';

/**
 * A force announces the taking of a place when it has it: the verbal noun of the taking as the
 * object of "أعلن", right after the day told, makes that day the deed's, not only the telling's (a
 * toll announced so, "أعلنت … أمس مقتل خمسة", stays the day of the telling: kills-statement-day.ts).
 */
const CAPTURE_AFTER = new RegExp(`^\\s*[،,]?\\s*(?:${ar(CAPTURE_NOUNS)})`, 'u');

/**
 * "أعلنت القيادة، اليوم الثلاثاء، استعادة السيطرة على السد، بعد معارك استمرت حتى مساء أمس": a taking
 * announced on the news' own day may have been done the day before, and is often told so; the rule
 * keeps to an announcement told on a day before the news ("مساء أمس الخميس", "on Thursday").
 */
const NEWS_DAY = /(?<!\p{L})(?:اليوم|today|tonight|this\s+morning)(?!\p{L})/u;

/**
 * Whether the matched text right after a date (`dateText`, as matched) starts with the taking of a
 * place announced, the date not the news' own day. Not an announcement told in the pluperfect
 * ("وكانت الفصائل أعلنت الخميس الماضي السيطرة على معسكر"): that is an earlier news's telling, whose day
 * must not date the events told before it (announced-before.ts).
 */
export function announcesCaptureAfter(
  textBeforeDate: string,
  textAfterDate: string,
  dateText: string,
): boolean {
  return (
    CAPTURE_AFTER.test(textAfterDate) &&
    !NEWS_DAY.test(normalizeForMatch(dateText)) &&
    !announcedBefore(normalizeForMatch(textBeforeDate))
  );
}
