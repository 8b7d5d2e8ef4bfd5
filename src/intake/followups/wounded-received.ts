// "وقال مسؤول في الدفاع المدني إن فرقه أسعفت 11 جريحاً": the wounded of the event just told, as
// rescuers or a hospital received them.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "أسعفت فرقه 11 جريحاً", "استقبل المشفى 15 مصاباً", "نقلت سيارات الإسعاف 20 جريحاً": a verb of
 * taking in or carrying off the hurt, then (a few words on) its count of wounded. Those rescuers or a
 * hospital received are the wounded of a blow already told, not victims of one of their own.
 */
const RECEIVED = new RegExp(
  `(?<!${L})[وف]?(?:${anyOf(['أسعف', 'أسعفت', 'أسعفوا', 'استقبل', 'استقبلت', 'نقل', 'نقلت', 'نقلوا', 'أخلى', 'أخلت', 'أخلوا'])})(?!${L})(?:\\s+[^\\s،,.]+){1,4}?\\s+(?:${anyOf(['جريحا', 'جريح', 'جرحى', 'مصابا', 'مصاب', 'مصابين'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) counts the wounded rescuers or a hospital received. */
export const woundedReceived = (matchText: string): boolean => RECEIVED.test(matchText);
