// Damage told as a standing state, not as the blow that caused it.
import { normalizeForMatch } from '../../text/normalize.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "with an estimated 45 percent of homes in Sinjar still destroyed", "منازل لا تزال مدمرة" (homes
 * still in ruins): what the war left, as it stands today, is no event of the news; the destruction
 * happened long before (a clause with its own dead or wounded is read as usual).
 */
const STILL_DAMAGED = new RegExp(
  `(?<!${L})(?:still|remain|remains|remained)\\s+(?:largely\\s+|partly\\s+|badly\\s+)?(?:destroyed|damaged|in ruins|in rubble|uninhabitable)(?!${L})|(?<!${L})(?:${anyOf(['لا تزال', 'لاتزال', 'ما زالت', 'مازالت', 'ما تزال', 'لا يزال', 'ما زال'])})\\s+(?:${anyOf(['مدمرة', 'مدمرا', 'مهدمة', 'مهدما', 'متضررة', 'ركاما', 'أنقاضا', 'مدمره'])})(?!${L})`,
  'u',
);

/**
 * "Of 138,000 damaged homes, about 8,500 were completely destroyed", "9 of the province's 13
 * hospitals were damaged or destroyed": a count of buildings told in the passive with nothing of
 * what did it or when ("by", "when", "in a strike", "on Monday" after the verb) is a tally of the
 * war's damage, not a blow.
 */
const COUNTED_DAMAGE = new RegExp(
  `(?<!${L})\\d[\\d,.]*(?:\\s+[\\p{L}]+){0,6}?\\s+(?:were|have been|had been)\\s+(?:[\\p{L}]+ly\\s+)?(?:damaged|destroyed)(?:\\s+or\\s+(?:[\\p{L}]+ly\\s+)?(?:damaged|destroyed))?(?!${L})(?!\\s+(?:by|when|after|as|in|during|on|at|overnight|yesterday|today|last)(?!${L}))`,
  'u',
);

/**
 * "أكثر من 5 آلاف منزل دمرت بالكامل في المدينة القديمة", "300 مبنى تضررت جزئياً": the same tally in
 * Arabic, the count before the verb of damage, with nothing after it of what did it or when ("بقصف",
 * "جراء", "إثر", "خلال", "يوم", "أمس"); where it stands ("في المدينة القديمة") may follow.
 */
const DAMAGE_AR = anyOf(['دمرت', 'تدمرت', 'تضررت', 'هدمت', 'تهدمت']);
const COUNTED_DAMAGE_AR = new RegExp(
  `(?<!${L})\\d[\\d,.]*(?:\\s+[^\\s،,.]+){0,3}?\\s+(?:${DAMAGE_AR})(?:\\s+(?:${anyOf(['بالكامل', 'كليا', 'جزئيا', 'كليًا', 'جزئيًا', 'بشكل كامل', 'بشكل جزئي'])}))?(?!${L})(?!\\s+(?:${normalizeForMatch('ب')}|(?:${anyOf(['جراء', 'بسبب', 'إثر', 'اثر', 'عقب', 'خلال', 'أثناء', 'يوم', 'أمس', 'اليوم', 'مساء', 'صباح', 'ليل', 'فجر'])})(?!${L})))`,
  'u',
);

/**
 * "the war destroyed about 80 percent of the old city's buildings", "الحرب دمرت نحو 80 بالمئة من
 * مباني المدينة", "40 بالمئة من منازل القرى متضررة": a share
 * of what stood that was destroyed is the measure of a war's or a campaign's damage, told after it,
 * never one blow (a blow's damage is told by what it hit, not by a share of a town).
 */
const SHARE = `\\d[\\d,.]*\\s*(?:%|percent|per cent|${anyOf(['بالمئة', 'بالمائة', 'في المئة', 'في المائة'])})`;
const DAMAGE_VERB_AR = anyOf(['دمرت', 'دمر', 'هدمت', 'هدم', 'أتت على', 'أتى على']);
const DAMAGED_AR = `${DAMAGE_AR}|${anyOf(['مدمرة', 'متضررة', 'مهدمة'])}`;
const SHARE_DAMAGED = new RegExp(
  `(?<!${L})(?:destroyed|damaged)\\s+(?:(?:about|around|nearly|some|over|more than|at least|almost|roughly)\\s+)?${SHARE}\\s+of(?!${L})|(?<!${L})(?:${DAMAGE_VERB_AR})\\s+(?:(?:${anyOf(['نحو', 'قرابة', 'حوالي', 'أكثر من', 'ما يقارب', 'ما يزيد على', 'زهاء'])})\\s+)?${SHARE}\\s+(?:${anyOf(['من'])})(?!${L})|(?<!${L})${SHARE}\\s+(?:${anyOf(['من'])})\\s+(?:[^\\s،,.]+\\s+){0,4}?(?:${DAMAGED_AR})(?!${L})`,
  'u',
);

/**
 * "أبرز العقبات أمام العودة تتمثل بتدمير المنازل", "العقبات التي تواجه العودة تتمثل بالدمار الذي طال
 * المنازل", "the main obstacles to return include destroyed homes": the damage named as what stands
 * in the way (of return, of rebuilding) is the state the war left, not a blow.
 */
const OBSTACLE_AR = anyOf([
  'العقبات',
  'المعوقات',
  'التحديات',
  'المشاكل',
  'المشكلات',
  'الصعوبات',
  'عقبات',
  'معوقات',
]);
const OBSTACLE_IS_DAMAGE = new RegExp(
  `(?<!${L})(?:${OBSTACLE_AR})(?!${L})(?:\\s+[^\\s،,.]+){0,6}?\\s+(?:${anyOf(['تتمثل', 'يتمثل', 'تتلخص', 'هي', 'أبرزها'])})\\s+(?:${anyOf(['بتدمير', 'تدمير', 'بالدمار', 'الدمار', 'دمار', 'بهدم', 'هدم', 'بتجريف', 'تجريف'])})(?!${L})|(?<!${L})(?:obstacles|challenges|problems|hurdles)\\s+(?:[\\p{L}'’-]+\\s+){0,6}?(?:include|includes|are|remain|is)\\s+(?:the\\s+)?(?:destroyed|destruction|damaged|ruined)(?!${L})`,
  'u',
);

/**
 * "set aside funds to repair the canals damaged during the fighting", "لإعادة إعمار القرى المتضررة من
 * القصف" (to rebuild the villages the shelling damaged): what is to be repaired or rebuilt is damage
 * that stands, its blow long past and named only as its cause (the Arabic words with or without "ل",
 * "to").
 */
const REPAIR_AR = anyOf(['إعادة إعمار', 'إعمار', 'إعادة بناء', 'إعادة تأهيل', 'تأهيل', 'ترميم', 'إصلاح']);
const REPAIR_DAMAGED = new RegExp(
  `(?<!${L})(?:repair|rebuild|restore|reconstruct|rehabilitate|repairing|rebuilding|restoring|reconstructing|rehabilitating)(?:\\s+[\\p{L}'’,-]+){1,8}?\\s+(?:damaged|destroyed)\\s+(?:during|in|by)(?!${L})|(?<!${L})(?:ل)?(?:${REPAIR_AR})(?:\\s+[^\\s،,.]+){1,6}?\\s+(?:${anyOf(['ال'])})?(?:${DAMAGED_AR})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells damage that stands still, or a tally of it, not a blow. */
export function standingDamage(matchText: string): boolean {
  return (
    (/still|remain|تزال|زال|زالت/u.test(matchText) && STILL_DAMAGED.test(matchText)) ||
    SHARE_DAMAGED.test(matchText) ||
    OBSTACLE_IS_DAMAGE.test(matchText) ||
    REPAIR_DAMAGED.test(matchText) ||
    (/damaged|destroyed/u.test(matchText) && COUNTED_DAMAGE.test(matchText)) ||
    COUNTED_DAMAGE_AR.test(matchText)
  );
}
