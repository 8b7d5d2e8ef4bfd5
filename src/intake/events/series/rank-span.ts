// "The third blast in the capital this week": the span ranks the event, it is not its date.
import type { DateMention } from '../../reading/types.js';
import { L, anyOf } from '../../reading/word-pattern.js';
import { AR_RANKS, EN_RANKS } from './ordinals.js';

/**
 * An ordinal, then the span it ranks the event in: "the blast, the third in the capital this week",
 * "the second such attack this month", "the second Israeli attack on Syria in three days", "وهو
 * التفجير الثالث في العاصمة خلال الأسبوع الجاري", "في ثالث حادث من نوعه خلال أقل من شهر".
 */
const EN_SPAN = `(?:this|last|past) (?:week|month|year)|(?:in|within|over) (?:less than |the (?:past|last) )?(?:a|one|two|three|four|five|six|seven|ten|\\d+) (?:days?|weeks?|months?)`;
const AR_SPAN = `${anyOf(['هذا الأسبوع', 'خلال الأسبوع', 'هذا الشهر', 'خلال الشهر', 'هذا العام', 'خلال العام'])}|(?:${anyOf(['خلال', 'في غضون', 'في أقل من', 'خلال أقل من'])}) (?:\\S+ )?(?:${anyOf(['أيام', 'يومين', 'أسبوع', 'أسبوعين', 'أسابيع', 'شهر', 'شهرين', 'أشهر', 'ساعة', 'ساعات'])})`;
const RANKED_IN = new RegExp(
  `(?<!${L})the (?:${EN_RANKS.join('|')})(?!${L})[^,.;]{0,40}?(?<!${L})(?:${EN_SPAN})(?!${L})|(?<!${L})(?:${anyOf(AR_RANKS)})(?!${L})[^،,.؛]{0,40}?(?<!${L})(?:${AR_SPAN})(?!${L})`,
  'gu',
);

/** The clause (in matching form) with each span an ordinal ranks the event in blanked out (offsets keep). */
export function withoutRankedSpans(matchText: string): string {
  return matchText.replace(RANKED_IN, (m) => ' '.repeat(m.length));
}

/** The dates of a clause (in matching form) that lie outside any span an ordinal ranks the event in. */
export function outsideRanks<T extends Pick<DateMention, 'start' | 'end'>>(
  matchText: string,
  dates: readonly T[],
): T[] {
  const ranks = [...matchText.matchAll(RANKED_IN)].map((m) => [m.index, m.index + m[0].length] as const);
  if (ranks.length === 0) return [...dates];
  return dates.filter((d) => !ranks.some(([a, b]) => d.start >= a && d.end <= b));
}
