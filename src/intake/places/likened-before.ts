// "إذ سبق أن أسفر خلاف مماثل على المياه الشهر الماضي عن إصابة شخص", "وسبق أن أدى هجوم مماثل إلى
// مقتل اثنين": a like event told as having come before, with no place of its own, is a recurrence at
// the place of the news (the same parties, the same village), not one somewhere unknown.
import { SIMILAR } from '../incidents/clause-links.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** "سبق أن", "وسبق وأن": it had happened before that… */
const HAPPENED_BEFORE = new RegExp(
  `(?<!${L})(?:${anyOf(['سبق', 'وسبق'])})\\s+(?:${anyOf(['أن', 'وأن'])})(?!${L})`,
  'u',
);

/** Whether a clause (its match view) tells a like event as having come before the news. */
export const likenedBefore = (matchText: string): boolean =>
  HAPPENED_BEFORE.test(matchText) && SIMILAR.test(matchText);
