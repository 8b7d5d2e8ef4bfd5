// "في المقابل، نقلت سانا عن مصدر عسكري أن وحدات من الجيش قتلت ١٨ إرهابياً في عمليات متفرقة بريف دمشق",
// "state media said troops killed 18 militants in separate operations": a side set against the one
// before that counts the dead of deeds of its own, told as several apart, tells no other account of
// the event just told — a toll of its own.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * Deeds told as several apart, in matching form: "في عمليات متفرقة", "بهجمات منفصلة", "in separate
 * operations", "in various raids".
 */
const SEPARATE_DEEDS = new RegExp(
  `(?<!${L})(?:${anyOf(['عمليات', 'هجمات', 'اشتباكات', 'كمائن', 'مداهمات', 'غارات'])}) (?:${anyOf(['متفرقة', 'منفصلة'])})(?!${L})|(?<!${L})(?:separate|various) (?:operations|attacks|raids|clashes|ambushes|strikes)(?!${L})`,
  'u',
);

/** Whether the clause (matching form) counts the dead of deeds told as several apart. */
export const toldOfSeparateDeeds = (matchText: string): boolean => SEPARATE_DEEDS.test(matchText);
