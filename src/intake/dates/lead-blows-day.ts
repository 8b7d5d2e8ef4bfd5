// "Turkish warplanes pounded the north for a second day on Monday, after an overnight air campaign that
// killed dozens", then "The air strikes, which began late on Saturday and continued into Sunday, hit…":
// the blows the lead told, dated by the sentence right after it.
import { longerThanNight } from './event-period.js';
import type { DateValue } from './date-values.js';
import { anyOf } from '../reading/word-pattern.js';

/** A sentence (in matching form) opening on the blows told before, by a relative clause that dates them. */
const BLOWS_THAT = new RegExp(
  `^\\s*["«“]?\\s*(?:(?:the\\s+)?(?:air\\s*strikes|airstrikes|strikes|raids|air\\s+raids|attacks|bombings|shelling|bombardment|air\\s+campaign)\\s*,?\\s+(?:which|that)|(?:${anyOf(['الغارات', 'وكانت الغارات', 'الضربات', 'الهجمات', 'القصف'])})\\s*[،,]?\\s+(?:${anyOf(['التي', 'الذي'])}))(?![\\p{L}])`,
  'iu',
);

/**
 * The sentence right after a lead that drew no incident opens on "the strikes" and tells, in a
 * relative clause, the day or night they fell on, before the day the lead gave the news (the day the
 * blows went on, or were told, "for a second day on Monday"): that earlier day is the time of the
 * deaths the lead announced, and of the items told after it with no day of their own. Returns whether
 * the sentence so dates the lead's blows.
 */
export function datesLeadBlows(sentenceMatchText: string, day: DateValue, leadDay: DateValue): boolean {
  return BLOWS_THAT.test(sentenceMatchText) && day.to < leadDay.from && !longerThanNight(day);
}
