// "…rose to 17, after the monitor had documented 11": the count the toll had before, told in the pluperfect.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "بعد أن كان المرصد قد وثق مقتل 11 منهم في وقت سابق", "بعدما كانت المصادر قد أحصت سبعة", "after the
 * monitor had earlier recorded 11 deaths": a source's count told in the pluperfect after "after", up
 * to the end of its phrase. It is the figure the toll the clause gives had before it rose (the verbs
 * of documenting are otherwise those of a tally, event-cues.ts, period-totals.ts); nothing is summed.
 */
const HAD_COUNTED_BEFORE = new RegExp(
  `(?<!${L})(?:(?:${anyOf(['بعد أن', 'بعدما'])})\\s+(?:${anyOf(['كان', 'كانت'])})\\s+(?:[^\\s،,.؛;]+\\s+){0,3}?(?:${anyOf(['قد'])})\\s+(?:${anyOf(['وثق', 'وثقت', 'أحصى', 'أحصت', 'سجل', 'سجلت'])})|after\\s+(?:[\\p{L}'’-]+\\s+){0,3}?had\\s+(?:(?:earlier|first|previously|initially)\\s+)?(?:documented|recorded|tallied|counted|verified))(?!${L})[^،,.؛;]*`,
  'gu',
);

/** The clause (in matching form) with a count it had before blanked, as many characters (offsets keep). */
export const withoutCountHadBefore = (text: string): string =>
  text.replace(HAD_COUNTED_BEFORE, (m) => ' '.repeat(m.length));
