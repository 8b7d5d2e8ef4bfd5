// A qualified number that measures time or distance, not people.
import { normalizeForMatch } from '../../text/normalize.js';
import { DISTANCE_UNITS, DURATION_UNITS } from './measure-units.js';

// the measures of figure-not-counts.ts, and those a qualifier also measures: minutes, years, duals
const UNITS = new Set(
  [
    ...DISTANCE_UNITS,
    ...DURATION_UNITS,
    'دقيقة',
    'دقائق',
    'دقيقتين',
    'الساعة',
    'ساعتين',
    'يومين',
    'أسبوعين',
    'شهرين',
    'عامين',
    'كيلومترين',
    'مترين',
    'عاما',
    'أعوام',
    'سنوات',
    'minute',
    'minutes',
    'years',
    "o'clock",
  ].map(normalizeForMatch),
);

/**
 * "وبعد نحو عشر دقائق فجر إرهابي ثانٍ…", "قرابة الساعة التاسعة", "استمر قرابة ساعتين" (a dual unit is
 * its own count), "about 10 km from the town": the
 * qualifier is of a time or a distance, so it makes no toll approximate. `span` is the qualifier
 * with what it qualifies, `after` the text that follows it.
 */
export function measuresTimeOrPlace(span: string, after: string): boolean {
  const last = span.trim().split(/\s+/u).pop() ?? '';
  const next = /^\s*([\p{L}\p{N}'’.]+)/u.exec(after)?.[1]?.replace(/[.’]$/u, '') ?? '';
  return UNITS.has(last) || UNITS.has(next);
}
