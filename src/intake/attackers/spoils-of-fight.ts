// "فيما أكد الثوار مقتل تسعة عناصر من قوات النظام وتدمير دبابة": the enemy's armour destroyed or
// seized, joined by "و" to its dead, is what the side won in the fight told, no blow of its own (the
// word for destroying alone would name one: property destroyed).
import { L, anyOf } from '../reading/word-pattern.js';

/** "وتدمير", "وإعطاب", "واغتنام", "والاستيلاء على": what the fight did to the enemy's gear. */
const SPOILS = new RegExp(
  `(?<!${L})${anyOf(['و'])}(?:${anyOf(['تدمير', 'إعطاب', 'اعطاب', 'اغتنام', 'إحراق'])})\\s+(?:\\S+\\s+){0,2}?(?:${anyOf(['عربة', 'عربات', 'دبابة', 'دبابات', 'آلية', 'آليات', 'مدرعة', 'مدرعات', 'مدفع', 'مدافع', 'رشاش', 'عربتين', 'دبابتين', 'آليتين', 'مدرعتين'])})(?!${L})[^،,.]*`,
  'gu',
);

/** The clause (matching form) without the armour its fight destroyed or took ("وتدمير عربة بي إم بي"). */
export const withoutSpoilsOfFight = (matchText: string): string => matchText.replace(SPOILS, '');
