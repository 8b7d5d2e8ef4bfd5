// A toll counted over a span of time (a day, 24 hours, two days): the sum of that span's events.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { sameCount, type Count } from '../reading/count.js';
import type { Building } from '../incidents/incident-types.js';
import { withoutRankedSpans } from '../events/series/rank-span.js';
import { withoutDeedSpans } from './span-of-deed.js';
import { matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';

const EN_SPAN =
  '(?:in|over|during|within) (?:the )?(?:past |last |previous )?(?:two|three|four|five|six|seven|several|\\d+) (?:days|hours)' +
  '|(?:in|over|during) (?:the )?(?:past|last|previous) (?:day|week|24 hours)' +
  '|the number of (?:[\\p{L}-]+ ){0,2}(?:killed|dead) (?:so far )?(?:today|yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))';

const AR_SPAN =
  `(?:${anyOf(['خلال', 'في غضون', 'على مدى'])}) (?:${anyOf(['ال'])})?(?:${anyOf(['يومين', 'اليومين', 'أيام', 'الأيام', 'ساعات', 'الساعات', 'الساعات ال'])}|\\d+ ${anyOf(['ساعة', 'ساعات', 'أيام'])})` +
  `|${anyOf(['منذ صباح اليوم', 'منذ فجر اليوم', 'منذ مطلع اليوم'])}` +
  // "عدد المدنيين الذين قتلوا اليوم": the count of those killed on a day
  `|${anyOf(['عدد'])} (?:[^\\s،,.]+ ){1,3}(?:${anyOf(['قتلوا', 'استشهدوا', 'قضوا', 'سقطوا', 'لقوا حتفهم'])}) (?:${anyOf(['اليوم', 'أمس', 'يوم أمس'])})`;

const SPAN_TOLL = new RegExp(`(?<!${L})(?:${EN_SPAN}|${AR_SPAN})(?!${L})`, 'u');

/**
 * "Air strikes killed more than 30 civilians in two days", "Three people were killed in the past 24
 * hours", "ارتفع عدد المدنيين الذين قتلوا اليوم إلى ستة", "قتل تسعة مدنيين خلال يومين": a toll told
 * over a span (the clause in matching form) is that span's count — the sum of its events, not one.
 */
export function tollOverSpan(matchText: string): boolean {
  // (not the span an ordinal ranks the event in: "the second attack on the town in three days"; nor
  // the time a deed took, "تمكنت خلال ساعات من رفع العلم": span-of-deed.ts)
  return SPAN_TOLL.test(matchText) && SPAN_TOLL.test(withoutDeedSpans(withoutRankedSpans(matchText)));
}

/**
 * After such a toll (a count, not "شهدت درعا خلال الساعات الماضية ثلاث عمليات اغتيال"), a clause with counts other than its own ("the strikes on Sunday killed 18",
 * "ووثق المرصد مقتل أربعة مدنيين بغارات على كفرنبل") is one of the events it sums: an incident of its
 * own, not that toll told again by another source or as it stood before it rose.
 */
export function oneOfSpan(current: Building, facts: ClauseFacts): boolean {
  const { killed, wounded } = facts.casualties;
  const other = (a: Count | null, b: Count | null): boolean => a !== null && (b === null || !sameCount(a, b));
  return (
    (current.killed !== null || current.wounded !== null) &&
    !facts.refersBack &&
    (other(killed, current.killed) || other(wounded, current.wounded)) &&
    tollOverSpan(matchView(current.source).text)
  );
}
