// "The third blast in the capital this week": the span ranks the event, it is not its date.
import type { DateMention } from './types.js';
import { L, anyOf } from './word-pattern.js';

/**
 * An ordinal, then the span it ranks the event in: "the blast, the third in the capital this week",
 * "the second such attack this month", "وهو التفجير الثالث في العاصمة خلال الأسبوع الجاري".
 */
const RANKED_IN = new RegExp(
  `(?<!${L})the (?:second|third|fourth|fifth|sixth|seventh)(?!${L})[^,.;]{0,40}?(?<!${L})(?:this|last|past) (?:week|month|year)(?!${L})|(?<!${L})(?:${anyOf(['الثاني', 'الثانية', 'الثالث', 'الثالثة', 'الرابع', 'الرابعة', 'الخامس', 'الخامسة'])})(?!${L})[^،,.؛]{0,40}?(?<!${L})(?:${anyOf(['هذا الأسبوع', 'خلال الأسبوع', 'هذا الشهر', 'خلال الشهر', 'هذا العام', 'خلال العام'])})(?!${L})`,
  'gu',
);

/** The dates of a clause (in matching form) that lie outside any span an ordinal ranks the event in. */
export function outsideRanks<T extends Pick<DateMention, 'start' | 'end'>>(
  matchText: string,
  dates: readonly T[],
): T[] {
  const ranks = [...matchText.matchAll(RANKED_IN)].map((m) => [m.index, m.index + m[0].length] as const);
  if (ranks.length === 0) return [...dates];
  return dates.filter((d) => !ranks.some(([a, b]) => d.start >= a && d.end <= b));
}
