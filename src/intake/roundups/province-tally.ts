// A toll told of a whole governorate: the sum of the day's events in its towns, not one event's.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "ما رفع حصيلة الشهداء في المحافظة إلى 20", "عدد قتلى المحافظة منذ الصباح": the dead of the
 * governorate the article is about, told by its common noun (its name left unsaid): the count of every
 * town in it, of which the items told are some, not the toll of the blow the clause tells.
 */
const PROVINCE_DEAD = new RegExp(
  `(?<!${L})(?:${anyOf(['عدد', 'حصيلة'])}) (?:(?:${anyOf(['الشهداء', 'القتلى', 'الضحايا'])}) ${anyOf(['في المحافظة', 'في عموم المحافظة'])}|(?:${anyOf(['شهداء', 'قتلى', 'ضحايا'])}) ${anyOf(['المحافظة'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) counts the dead of the whole governorate. */
export const provinceTally = (matchText: string): boolean => PROVINCE_DEAD.test(matchText);
