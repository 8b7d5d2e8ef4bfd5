// A qualified number that measures time or distance, not people.
import { normalizeForMatch } from '../text/normalize.js';

const UNITS = new Set(
  [
    'دقيقة',
    'دقائق',
    'دقيقتين',
    'ساعة',
    'ساعات',
    'الساعة',
    'ساعتين',
    'يومين',
    'أسبوعين',
    'شهرين',
    'عامين',
    'كيلومترين',
    'مترين',
    'أيام',
    'أسابيع',
    'أشهر',
    'شهرا',
    'عاما',
    'أعوام',
    'سنوات',
    'كيلومتر',
    'كيلومترا',
    'كيلومترات',
    'كم',
    'متر',
    'مترا',
    'أمتار',
    'ميل',
    'أميال',
    'minute',
    'minutes',
    'hour',
    'hours',
    'days',
    'weeks',
    'months',
    'years',
    "o'clock",
    'km',
    'kilometres',
    'kilometers',
    'miles',
    'metres',
    'meters',
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
