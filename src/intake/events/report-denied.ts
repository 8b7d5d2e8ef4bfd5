// A report the article tells as denied, then tells again in the words of those who made it.
import { L, anyOf as f } from '../reading/word-pattern.js';

/** "denied a report that…", "denied media reports", "نفت ما تداولته وسائل إعلام", "نفى الأنباء". */
const DENIES_REPORT = new RegExp(
  `(?<!${L})(?:denied|denies|dismissed|rejected)\\s+(?:(?:a|the|media|local|earlier)\\s+){0,2}(?:reports?|claims?)(?!${L})|(?<!${L})(?:${f(['نفت', 'نفى', 'تنفي', 'ينفي'])})\\s+(?:[\\p{L}()]+\\s+){0,4}?(?:${f(['ما تداولته', 'ما أوردته', 'ما نشرته', 'الأنباء', 'التقارير', 'الأخبار', 'أنباء', 'تقارير'])})(?!${L})`,
  'u',
);

/**
 * The report told again as said before the denial: "A website close to the group had said on
 * Wednesday that 30 people were killed", "وكانت وسائل إعلام قد ذكرت أن…".
 */
const SAID_BEFORE = new RegExp(
  `(?<!${L})had\\s+(?:said|reported|claimed|announced|stated)(?!${L})|(?<!${L})(?:${f(['كان', 'كانت', 'وكان', 'وكانت'])})\\s+(?:[\\p{L}]+\\s+){0,4}?(?:${f(['قد'])})\\s+(?:${f(['ذكر', 'ذكرت', 'أفاد', 'أفادت', 'زعم', 'زعمت', 'نشر', 'نشرت', 'تداولت', 'أعلن', 'أعلنت'])})(?!${L})`,
  'u',
);

/**
 * The sentence (in matching form) tells again, as said before, the report the sentence before it
 * denied ("…denied a report that an air strike had killed 30 civilians." then "A website had said
 * on Wednesday that 30 people were killed…"): the denied claim, no event.
 */
export function retellsDeniedReport(before: string, text: string): boolean {
  return DENIES_REPORT.test(before) && SAID_BEFORE.test(text);
}
