// A toll the article gives as the earlier count of an event it has already told with a later one.
import { L, anyOf as f } from './word-pattern.js';

/**
 * "وكانت حصيلة أولية تحدثت عن مقتل تسعة", "الحصيلة الأولية كانت…", "An earlier toll had put the
 * dead at nine": what the count was before the one the article now gives, not another event.
 */
const EARLIER_TOLL = new RegExp(
  `(?<!${L})و?(?:${f(['كانت', 'كان'])})\\s+(?:${f(['حصيلة', 'الحصيلة'])})\\s+(?:${f(['أولية', 'الأولية', 'سابقة', 'السابقة'])})(?!${L})|(?<!${L})(?:${f(['الحصيلة الأولية', 'الحصيلة السابقة'])})\\s+(?:${f(['كانت'])})(?!${L})|(?<!${L})(?:an?|the)\\s+(?:preliminary|initial|earlier)\\s+(?:death\\s+)?toll\\s+(?:had|of)(?!${L})`,
  'u',
);

/** The sentence (in matching form) tells an earlier toll of an event, since updated. */
export function tellsEarlierToll(matchText: string): boolean {
  return EARLIER_TOLL.test(matchText);
}
