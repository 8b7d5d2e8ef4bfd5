// A count told over the several towns just told: no one event's toll.
import { L, anyOf } from './word-pattern.js';

/** The towns told, counted again as a group: "في البلدات الثلاث", "in the three villages". */
const OVER_TOWNS = new RegExp(
  `(?<!${L})(?:${anyOf(['في', 'ب'])})\\s*(?:${anyOf(['البلدات', 'المدن', 'القرى', 'المناطق', 'الأحياء'])})\\s+(?:${anyOf(['الثلاث', 'الثلاثة', 'الأربع', 'الأربعة', 'الخمس', 'الخمسة', 'المذكورة'])})(?!${L})|(?<!${L})in (?:the|all|all the|each of the) (?:two|three|four|five|several) (?:towns|villages|cities|areas|neighbou?rhoods|districts)(?!${L})`,
  'u',
);

/**
 * "…جرجناز، وأصيب 11 آخرون بجراح متفاوتة في البلدات الثلاث", "…, and 15 others were wounded in the
 * three villages": after a roundup of strikes on several towns, a count told over all of them at
 * once belongs to none of those events (matching form).
 */
export function spreadOverTowns(matchText: string): boolean {
  return OVER_TOWNS.test(matchText);
}
