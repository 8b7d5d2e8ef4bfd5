// "…بعد ساعات من إقامة أول قداس للفصح في كنيسة البلدة منذ سيطرة التنظيم عليها عام 2014", "…his brother,
// who had come to check on the family home for the first time since 2014": the first of something since
// an onset measures the news against that onset, as a record does (record-since.ts); its "since" names
// no span the clause's toll is summed over.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * Time units that, after "أول", make a span of its own ("خلال أول ثلاثة أشهر منذ بدء الحرب": the
 * first months since the onset, a span whose dead are summed), and "أمس" ("أول أمس": a day).
 */
const SPAN_OR_DAY = anyOf([
  'أمس',
  'من',
  'يوم',
  'أيام',
  'ساعة',
  'ساعات',
  'أسبوع',
  'أسابيع',
  'شهر',
  'أشهر',
  'شهور',
  'سنة',
  'سنوات',
  'عام',
  'أعوام',
]);

/**
 * "أول قداس … منذ", "أول زيارة … منذ", "للمرة الأولى منذ", "for the first time since" (matching form):
 * the first one since, a few words between, up to the clause's end — no number and no time unit right
 * after "أول".
 */
const FIRST_SINCE = new RegExp(
  `(?<!${L})(?:${anyOf(['أول'])})\\s+(?!(?:${SPAN_OR_DAY})(?!${L}))(?![\\d٠-٩])[^\\s،,.؛]+(?:\\s+[^\\s،,.؛]+){0,7}?\\s+(?:${anyOf(['منذ'])})\\s+[^،,.؛]*|(?<!${L})(?:${anyOf(['للمرة الأولى', 'للمرة الاولى', 'لأول مرة', 'لاول مرة'])})\\s+(?:[^\\s،,.؛]+\\s+){0,4}?(?:${anyOf(['منذ'])})\\s+[^،,.؛]*|(?<!${L})for\\s+the\\s+first\\s+time\\s+since\\s+[^,.;،؛]*`,
  'gu',
);

/** The clause (matching form) without a "first since" phrase, with as many characters (offsets keep). */
export function withoutFirstSince(text: string): string {
  return text.replace(FIRST_SINCE, (m) => ' '.repeat(m.length));
}
