// Clearing mines, or land still sown with them: the war's leftovers being dealt with, not a blast.
import { L, anyOf } from '../reading/word-pattern.js';

const HAZARDS_EN =
  '(?:explosive\\s+ordnance|unexploded\\s+ordnance|ordnance|landmines|mines|explosive\\s+remnants|explosive\\s+hazards|explosive\\s+devices|explosive\\s+items|explosive\\s+objects)';
const HAZARDS_AR = ['الألغام', 'المتفجرات', 'مخلفات الحرب', 'الذخائر', 'العبوات'];

/**
 * "appealed for $41 million to clear explosive ordnance in Syria", "areas contaminated by landmines
 * and unexploded ordnance", "فرق نزع الألغام", "تطهير الأحياء من الألغام": the work of clearing the
 * hazards or the land they lie in, told without anyone killed or wounded, is no explosion (nor are the
 * pieces counted as they are lifted: "removed more than 40,000 explosive items").
 */
const CLEARANCE = new RegExp(
  [
    `(?<!${L})(?:clear|clears|clearing|cleared|remove|removes|removing|removed|removal\\s+of|clearance\\s+of|demine|demining|dispose\\s+of)\\s+(?:[\\p{L}\\p{N}.,-]+\\s+){0,4}?${HAZARDS_EN}(?!${L})`,
    `(?<!${L})contaminat(?:ed|ion)\\s+(?:by|with|from)\\s+(?:[\\p{L}-]+\\s+){0,2}?${HAZARDS_EN}(?!${L})`,
    `(?<!${L})(?:${anyOf(['إزالة', 'نزع', 'تطهير', 'مسح', 'لإزالة', 'لنزع', 'لتطهير'])})\\s+(?:[^\\s،,.]+\\s+){0,3}?(?:${anyOf(HAZARDS_AR)})(?!${L})`,
    `(?<!${L})(?:${anyOf(['ملوثة', 'الملوثة', 'ملوث', 'الملوث'])})\\s+(?:${anyOf(['بالألغام', 'بالمتفجرات', 'بمخلفات الحرب', 'بالذخائر'])})(?!${L})`,
    // "ورفع أكثر من 190 ألف مقذوف ولغم", "رفعت فرقها 11 ألف قطعة متفجرة": the pieces lifted, counted
    `(?<!${L})(?:${anyOf(['رفع', 'ورفع', 'رفعت', 'ورفعت', 'برفع'])})\\s+(?:[^\\s،,.]+\\s+){0,4}?(?:${anyOf(['مقذوف', 'مقذوفات', 'لغم', 'لغما', 'ألغام', 'عبوة', 'عبوات', 'قطعة متفجرة', 'قطع متفجرة', 'ذخيرة'])})(?!${L})`,
  ].join('|'),
  'u',
);

/** The clause (in matching form) tells mines being cleared or land sown with them. */
export function tellsMineClearance(matchText: string): boolean {
  return CLEARANCE.test(matchText);
}
