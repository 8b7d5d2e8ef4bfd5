// "نجا ناشط من محاولة اغتيال، أصيب خلالها بجروح": the one who survived was wounded in it.
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * "نجا ناشط آخر من محاولة اغتيال في القضاء، أصيب خلالها بجروح", "ونجت موظفة من هجوم مسلح أصيبت فيه
 * بجروح": one person survived the attempt or the attack (the singular verb of surviving), and the
 * wounding verb after it, with no subject of its own but "during it", "in it" or straight "بجروح",
 * tells that he was wounded: one wounded. (Not "ونجا المسؤول، فيما أصيب سائقه": another one hit, whom
 * the grammar counts; nor the plural "نجوا", how many is not told.)
 */
const SURVIVOR_WOUNDED = new RegExp(
  `(?<!${L})[وف]?${f(['نجا', 'نجت'])}\\s+(?:[^\\s،,.]+\\s+){0,8}?${f(['من'])}\\s+${f(['محاولة', 'هجوم', 'كمين', 'انفجار', 'استهداف'])}(?!${L})[^.]{0,120}?[،,]?\\s*[و]?${f(['أصيب', 'أصيبت', 'جرح', 'جرحت'])}\\s+(?:${f(['خلالها', 'خلاله', 'فيها', 'فيه', 'بها', 'به'])}\\s+)?${f(['بجروح', 'بجراح'])}(?!${L})`,
  'u',
);

/** Whether the clause (matching form) tells the one survivor as wounded in what he survived. */
export function survivorWounded(matchText: string): boolean {
  return SURVIVOR_WOUNDED.test(matchText);
}
