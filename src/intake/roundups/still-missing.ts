// "More than 2,700 remain missing": a standing count, no event. Not Arabic "ما زال … مفقودين": there
// it tells of a search still going on ("البحث ما زال جارياً عن مفقودين"), beside a count that stands.
import type { DateValue } from '../dates/date-values.js';
import { L } from '../reading/word-pattern.js';

const STILL_MISSING = new RegExp(
  `(?<!${L})(?:remain|remains|are still|is still|still)\\s+(?:missing|unaccounted for)(?!${L})`,
  'u',
);

/**
 * "More than 2,700 Yezidis remain missing since the 2014 assault": how many are still missing is a
 * tally standing since an event long past (often a campaign of years), not a disappearance of its
 * own with a day. A clause that dates what it tells to one day ("The bodies of four herders were
 * found on Tuesday, and two of their companions are still missing") tells that day's event; the
 * missing are only those it has not yet accounted for. `day`: the clause's event date, if any.
 */
export const tellsStillMissing = (text: string, day: DateValue | null): boolean =>
  day?.precision !== 'day' && STILL_MISSING.test(text);
