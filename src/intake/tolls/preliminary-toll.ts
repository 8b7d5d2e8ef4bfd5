// A toll the article gives as the earlier count of an event it has already told with a later one.
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * "وكانت حصيلة أولية تحدثت عن مقتل تسعة", "الحصيلة الأولية كانت…", "An earlier toll had put the
 * dead at nine", "an initial count had put the dead at six": what the count was before the one the
 * article now gives, not another event; so is the first toll, told with who gave it and when
 * ("الحصيلة الأولى التي أعلناها ليلة أمس كانت 19 قتيلاً", "the first toll was 19").
 */
const EARLIER_TOLL = new RegExp(
  `(?<!${L})و?(?:${f(['كانت', 'كان'])})\\s+(?:${f(['حصيلة', 'الحصيلة'])})\\s+(?:${f(['أولية', 'الأولية', 'أولى', 'الأولى', 'سابقة', 'السابقة'])})(?!${L})|(?<!${L})(?:${f(['الحصيلة الأولية', 'الحصيلة الأولى', 'الحصيلة السابقة'])})(?:\\s+(?:${f(['التي'])})\\s+[^،,.]{1,50}?)?\\s+(?:${f(['كانت'])})(?!${L})|(?<!${L})(?:an?|the)\\s+(?:preliminary|initial|earlier|first)\\s+(?:(?:death\\s+)?toll|count|tally)\\s+(?:had|of|was)(?!${L})`,
  'u',
);

/** The sentence (in matching form) tells an earlier toll of an event, since updated. */
export function tellsEarlierToll(matchText: string): boolean {
  return EARLIER_TOLL.test(matchText);
}
