// "ونشر المرصد، يوم أمس، أن ثلاثة عناصر أصيبوا": an event reported on a day before the article's.
import { addDays } from './calendar.js';
import type { DateValue } from './date-values.js';

/**
 * The dates of an event told only by when it was reported, where that report came out before the
 * article ("reported yesterday", "أعلنت يوم أمس"): it happened by that day, most often on it or the
 * day before, whatever window the article's lead covers ("خلال الساعات الـ24 الماضية" is the lead's
 * own news, not this earlier report's). null where the report is of the article's own day.
 */
export function reportedBefore<T extends DateValue & { text: string }>(
  reporting: T | null,
  published: string,
): (DateValue & { text: string }) | null {
  if (!reporting || reporting.to >= published) return null;
  return {
    from: addDays(reporting.from, -1),
    to: reporting.to,
    precision: 'approximate',
    text: reporting.text,
  };
}
