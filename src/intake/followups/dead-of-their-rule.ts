// "They found the bodies of 67 civilians whom the militants had killed during their occupation",
// "أعدمهم التنظيم خلال فترة سيطرته على المدينة": dead counted over the span a side held a place.
import { L, anyOf } from '../reading/word-pattern.js';

const OVER_ITS_RULE = new RegExp(
  `(?<!${L})(?:during|throughout)\\s+(?:their|its|his)\\s+(?:(?:\\p{L}+-)?(?:month|year|week)s?[- ]long\\s+)?(?:occupation|rule|control|reign)(?!${L})|(?<!${L})(?:${anyOf(['خلال', 'طوال', 'أثناء', 'إبان'])})\\s+(?:${anyOf(['فترة', 'سنوات', 'أشهر'])}\\s+)?(?:${anyOf(['سيطرتهم', 'سيطرته', 'سيطرتها', 'احتلالهم', 'احتلاله', 'احتلالها', 'حكمهم', 'حكمه'])})(?!${L})`,
  'u',
);

/**
 * The clause (in matching form) counts dead "during their occupation", "خلال فترة سيطرته": killed
 * over all the time a side held the place, found or told after it lost it — a total over a span of
 * weeks or years, not an event of the day the news tells (not the battle that ended the occupation).
 */
export const countedOverItsRule = (matchText: string): boolean => OVER_ITS_RULE.test(matchText);
