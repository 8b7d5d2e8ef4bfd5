// "…shot dead a council member, one of more than 20 such killings since last year": the event, placed in a series.
import { L, anyOf } from '../../reading/word-pattern.js';

/** How many the series counts: a number, with or without a bound, or "dozens". */
const EN_COUNT = `(?:(?:more than|over|at least|nearly|about|some|around) )?(?:\\d[\\d,]*|dozens|scores|hundreds)`;
const AR_COUNT = `(?:(?:${anyOf(['أكثر من', 'نحو', 'قرابة', 'حوالي', 'ما يزيد عن', 'ما يزيد على'])}) )?(?:\\d[\\d,]*|${anyOf(['عشرات', 'مئات'])})`;
/** What the series is a series of: events, not people ("one of 20 people killed" is a victim). */
const EN_EVENTS = `such|similar|attacks|killings|assassinations|bombings|blasts|strikes|raids|incidents`;
const AR_EVENTS = anyOf([
  'مماثلة',
  'عملية',
  'عمليات',
  'هجوم',
  'هجمات',
  'هجوما',
  'اغتيال',
  'اغتيالات',
  'تفجير',
  'تفجيرات',
  'حادث',
  'حوادث',
  'حادثة',
  'غارة',
  'غارات',
]);

/**
 * "one of more than 20 such killings of local officials since the start of last year", "وهي واحدة
 * من أكثر من 20 عملية اغتيال طالت مسؤولين محليين منذ مطلع العام الماضي": an apposition that counts
 * the series the event belongs to. The span and the count are the series'; the clause's toll is
 * still its one event's. The phrase runs to the clause's next comma or its end.
 */
const SERIES = new RegExp(
  `(?<!${L})one of ${EN_COUNT} (?:[\\p{L}-]+ ){0,2}?(?:${EN_EVENTS})(?!${L})[^,.;]*|(?<!${L})(?:${anyOf(['واحد', 'واحدة'])}) ${anyOf(['من'])} ${AR_COUNT} (?:[^\\s،,.؛]+ ){0,2}?(?:${AR_EVENTS})(?!${L})[^،,.؛]*`,
  'gu',
);

/**
 * "اغتيل عميد الكلية أمام منزله، في سلسلة اغتيالات تطال الكفاءات منذ سقوط النظام", "a judge was shot
 * dead, in a wave of killings of officials since 2018": a phrase that places the event in the series
 * it belongs to, with no count, the series' span told by "since". It runs to the clause's next comma
 * or its end.
 */
const SERIES_SINCE = new RegExp(
  `(?<!${L})(?:in|part of) an? (?:series|string|wave|spate) of (?:${EN_EVENTS})(?!${L})[^,.;]*?(?<!${L})since(?!${L})[^,.;]*|(?<!${L})(?:${anyOf(['في', 'ضمن'])}) (?:${anyOf(['سلسلة', 'موجة'])}) (?:${anyOf(['من'])} )?(?:${AR_EVENTS})(?!${L})[^،,.؛]*?(?<!${L})${anyOf(['منذ'])}(?!${L})[^،,.؛]*`,
  'gu',
);

/**
 * The clause (in matching form) without the series it places its event in, offsets kept. A series
 * told with no count of its own is set aside only where the clause counts one victim: a single
 * killing is no total over the series' span, while "قتل 21 شخصاً في سلسلة هجمات منذ مساء أمس" may
 * sum the span's dead.
 */
export function withoutSeriesCount(matchText: string, oneVictim = false): string {
  const counted = matchText.replace(SERIES, (m) => ' '.repeat(m.length));
  return oneVictim ? counted.replace(SERIES_SINCE, (m) => ' '.repeat(m.length)) : counted;
}
