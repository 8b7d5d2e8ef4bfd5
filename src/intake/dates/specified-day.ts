// "قبل يومين، وتحديداً يوم الخميس الثاني من حزيران", "last week, specifically on Wednesday": a rough
// time told first, then made exact by the day told right after it.
import { alt } from './date-patterns.js';
import type { DateValue } from './date-values.js';

/**
 * What stands between the rough time and the exact day: "وتحديداً", "وبالتحديد", "أي" (that is),
 * "specifically", "namely", "more precisely", between commas or none.
 */
const SPECIFIED = new RegExp(
  `^\\s*[،,]?\\s*(?:و?${alt(['تحديدا', 'بالتحديد'])}|${alt(['أي'])}|specifically|namely|more precisely|to be precise)\\s*[،,]?\\s*(?:on\\s+)?$`,
  'iu',
);

/** A time told, where it stands in the text and the days it resolved to. */
interface Told {
  start: number;
  end: number;
  value: DateValue;
}

/**
 * A time told right before the words that make it exact and the day they give: no day of its own —
 * the count back from the news ("قبل يومين") or the week ("الأسبوع الماضي") only approximates the
 * day the writer then names, and read first it dates the event a day off, or over a whole week. A
 * span gives way only to a day inside it ("last week, specifically on Tuesday": a bare weekday read
 * as the last one before the news falls outside that week, and the week is the better reading).
 */
export function specifiedAfter(text: string, rough: Told, exact: Told | undefined): boolean {
  return (
    !!exact &&
    exact.start >= rough.end &&
    SPECIFIED.test(text.slice(rough.end, exact.start)) &&
    (rough.value.from === rough.value.to ||
      (rough.value.from <= exact.value.from && exact.value.to <= rough.value.to))
  );
}
