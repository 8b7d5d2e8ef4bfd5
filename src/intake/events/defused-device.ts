// A bomb defused or made safe: the blast that did not happen, no event of its own.
import { L, anyOf } from '../reading/word-pattern.js';

const DEVICES_EN = '(?:bombs?|devices?|explosives?|ieds?|charges?|mines?|car bombs?|booby traps?)';
const DEVICES_AR = [
  'عبوة',
  'عبوات',
  'العبوة',
  'العبوات',
  'عبوتين',
  'عبوتان',
  'لغم',
  'ألغام',
  'اللغم',
  'الألغام',
  'متفجرات',
  'المتفجرات',
  'حزام',
  'الحزام',
  'سيارة مفخخة',
  'السيارة المفخخة',
];

/**
 * "فككت وحدة الهندسة عبوة ثانية عثر عليها قرب موقع الانفجار", "تمكن خبراء المتفجرات من تفكيك عبوة
 * أخرى", "engineers defused a second bomb found near the scene": a device defused is the blow that
 * was stopped; the blast named beside it ("near the scene of the blast") is the event told before.
 * A clause of it with no one killed or wounded tells no event of its own.
 */
const DEFUSED = new RegExp(
  `(?<!${L})(?:${anyOf(['فككت', 'فكك', 'فككوا', 'تفكيك', 'بتفكيك', 'لتفكيك', 'أبطلت', 'أبطل', 'أبطلوا', 'إبطال', 'بإبطال'])})\\s+(?:[^\\s،,.]+\\s+){0,4}?(?:${anyOf(DEVICES_AR)})(?!${L})|(?<!${L})(?:defused|defusing|disarmed|disarming|dismantled|dismantling|made safe)\\s+(?:[\\p{L}-]+\\s+){0,3}?${DEVICES_EN}(?!${L})|(?<!${L})${DEVICES_EN}\\s+(?:was|were|had been)\\s+(?:safely\\s+)?(?:defused|disarmed|dismantled)(?!${L})`,
  'u',
);

/**
 * "وعثرت على عبوة ثانية معدة للتفجير، فككتها فرق الهندسة", "…على عبوة ثانية قرب الموقع وقامت
 * بتفكيكها": the device named first, then the verb that defused it with a pronoun for it — the same
 * device stopped, told in the other order.
 */
const DEFUSED_IT = new RegExp(
  `(?<!${L})(?:${anyOf(DEVICES_AR)})(?!${L})[^.]*?(?<!${L})(?:${anyOf(['فككتها', 'فككها', 'فككوها', 'وفككتها', 'وفككها', 'وفككوها', 'تفكيكها', 'بتفكيكها', 'لتفكيكها', 'أبطلتها', 'أبطلها', 'أبطلوها', 'إبطالها', 'بإبطالها'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells of a device defused. */
export function tellsDefusedDevice(matchText: string): boolean {
  return DEFUSED.test(matchText) || DEFUSED_IT.test(matchText);
}
