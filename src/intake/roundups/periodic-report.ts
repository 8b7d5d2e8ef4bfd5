// A body's yearly or monthly report: a tally, not an event.
import { ENGLISH_MONTH_NAMES } from '../dates/months.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "أصدر الدفاع المدني تقريره السنوي…، قال فيه إن فرقه استجابت لـ1200 هجوم أسفرت عن مقتل 145",
 * "حصيلتها الشهرية", "the group's annual report", "in its monthly tally": what a body counts in a
 * report of its year or month sums the events of that span, whatever day the report came out (the
 * day of its release is the clause's date, not the year's).
 */
const PERIODIC_REPORT = new RegExp(
  [
    `(?<!${L})(?:${anyOf(['تقرير', 'تقريره', 'تقريرها', 'التقرير', 'حصيلة', 'حصيلته', 'حصيلتها', 'الحصيلة'])}) (?:${anyOf(['السنوي', 'السنوية', 'الشهري', 'الشهرية', 'النصف السنوي', 'نصف السنوي'])})(?!${L})`,
    `(?<!${L})(?:annual|yearly|monthly|half-yearly) (?:report|toll|tally|review)(?!${L})`,
    // "put the May death toll lower, at 614": a month's toll named by its month
    `(?<!${L})the (?:${anyOf(ENGLISH_MONTH_NAMES)}) (?:death |casualty )?(?:toll|tally)(?!${L})`,
  ].join('|'),
  'u',
);

/** The clause (in matching form) tells a count of a yearly or monthly report. */
export function periodicReport(matchText: string): boolean {
  return PERIODIC_REPORT.test(matchText);
}
