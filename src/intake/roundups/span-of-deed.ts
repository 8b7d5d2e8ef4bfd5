// The time a deed took ("تمكنت خلال ساعات من رفع العلم"): how fast it was done, no span a toll counts over.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "وتمكنت القوات خلال ساعات من رفع العلم", "استطاع المقاتلون في غضون أيام من استعادة القرية": a verb
 * of managing, then a span with no article and the "من" the verb governs — how quickly the side did
 * what it did, not the span a toll sums ("قتل 20 خلال يومين من القصف" is one). Only the indefinite
 * span: "تمكنت خلال اليومين الماضيين من انتشال 37 جثة" counts over the days it names.
 */
const DEED_SPAN = new RegExp(
  `(?<!${L})[وف]?(?:${anyOf(['تمكن', 'تمكنت', 'تمكنوا', 'استطاع', 'استطاعت', 'استطاعوا', 'نجح', 'نجحت', 'نجحوا'])})\\s+(?:[^\\s،,.؛]+\\s+){0,3}?(?:${anyOf(['خلال', 'في غضون'])})\\s+(?:\\d+\\s+)?(?:${anyOf(['ساعة', 'ساعات', 'يوم', 'يومين', 'أيام'])})\\s+(?=${anyOf(['من'])}(?!${L}))`,
  'gu',
);

/** The clause (in matching form) with the span of each deed's speed blanked out (offsets keep). */
export function withoutDeedSpans(matchText: string): string {
  return matchText.replace(DEED_SPAN, (m) => ' '.repeat(m.length));
}
