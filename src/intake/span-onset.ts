// A toll counted from an onset or over a named month: the sum of a span, not one event.
import { monthNames } from './months.js';
import { L, anyOf } from './word-pattern.js';

/** Every month name the date rules read, in matching form (Levantine, Egyptian, Maghrebi; English too). */
const MONTH_NAMES = monthNames().map((m) => m.name);

/**
 * "قتل 9 إرهابيين … خلال كانون الثاني" (during a month, its name without "شهر"); "منذ إعلان السيطرة
 * على المدينة", "منذ سيطرة القوات على…", "منذ دخول القوات…" (since an onset told by its noun, beside
 * event-cues' "منذ طرد", "منذ بدء"); "since Turkey launched its offensive" (the onset in the active,
 * its doer named: event-cues and period-totals read "since the offensive began"); "الحملة … أسفرت
 * حتى الآن عن مقتل 6", "the campaign has so far killed" (a campaign's toll to date, not a rising toll
 * of one event: the campaign is named).
 */
const SPAN_FROM_ONSET = new RegExp(
  [
    `(?<!${L})(?:${anyOf(['خلال', 'طيلة', 'طوال'])}) (?:${anyOf(MONTH_NAMES)})(?!${L})`,
    `(?<!${L})${anyOf(['منذ'])} (?:${anyOf(['إعلان', 'سيطرة', 'السيطرة', 'دخول'])})(?!${L})`,
    `(?<!${L})since (?:[\\p{L}-]+ ){1,4}(?:launched|began|started|opened) (?:its|their|the|an?) (?:[\\p{L}-]+ ){0,2}(?:offensive|campaign|operation|assault|incursion|invasion)(?!${L})`,
    `(?<!${L})(?:${anyOf(['حملة', 'الحملة', 'حملات', 'الحملات'])})(?!${L})[^.؛]*(?<!${L})${anyOf(['حتى الآن'])}(?!${L})`,
    `(?<!${L})(?:campaign|offensive)(?!${L})[^.;]*(?<!${L})so far(?!${L})`,
  ].join('|'),
  'u',
);

/** The clause (in matching form) tells a toll or event counted over a span from an onset or a named month. */
export function spanFromOnset(matchText: string): boolean {
  return SPAN_FROM_ONSET.test(matchText);
}
