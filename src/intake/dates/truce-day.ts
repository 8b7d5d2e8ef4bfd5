// "…despite a ceasefire that was supposed to take hold on Sunday": the day a truce began, not a blow's.
import type { DateMention } from '../reading/types.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * The words that may tell the hour a truce took effect between "began" and its day: "في", "يوم",
 * "منتصف ليل", and the sunset or dawn of a day ("بدأ سريانها مع مغيب شمس أول أيام العيد", "عند فجر
 * الجمعة"), as truces in the region were set to begin at a feast's sunset or at dawn.
 */
const TRUCE_HOUR = [
  'في',
  'يوم',
  'منتصف ليل',
  'منتصف ليلة',
  'مع',
  'عند',
  'منذ',
  'مغيب شمس',
  'غروب شمس',
  'مغيب',
  'غروب',
  'فجر',
  'ظهر',
  'مساء',
  'صباح',
];

/**
 * A truce or a ceasefire, then the words telling it took effect, right before the day ("a ceasefire
 * that was supposed to take hold on Sunday", "the truce, which went into effect at midnight on
 * Friday", "وقف إطلاق النار الذي دخل حيز التنفيذ يوم الأحد", "الهدنة التي بدأ سريانها الجمعة"); so
 * for the "cessation of hostilities" the Syrian truce of 2016 was called, often quoted as a term
 * ("the \"cessation of hostilities\" that took effect on February 27", "وقف الأعمال العدائية"): that
 * day is the truce's, which copy names to say the violence went on in spite of it; the deeds it tells
 * have days of their own, or none. The truce may be told with its proclitic ("استمرار الخروقات
 * للهدنة") and the start in a clause of its own after a comma ("للهدنة الروسية الأمريكية، التي بدأ
 * سريانها مع مغيب شمس أول أيام العيد").
 */
const TRUCE_BEGAN = new RegExp(
  `(?<!${L})(?:cease-?fire|truce|armistice|cessation\\s+of\\s+hostilities)["”’']?(?:\\s+[^\\s.;:]+){0,8}?\\s+(?:(?:was|is|were)\\s+(?:supposed|due|meant|set|scheduled|expected)\\s+to\\s+)?(?:(?:take|takes|took|taken|taking)\\s+(?:hold|effect)|(?:went|go|goes|gone|came|come|comes|entered|enter|enters)\\s+(?:into\\s+)?(?:effect|force)|(?:began|begun|begin|begins|started|start|starts)|kicked\\s+in)(?:\\s+(?:on|at|from|early|late|midnight|at\\s+midnight(?:\\s+on)?))?\\s*$` +
    `|(?<!${L})(?:${anyOf(['هدنة', 'الهدنة', 'للهدنة', 'لهدنة', 'بالهدنة', 'وقف إطلاق النار', 'لوقف إطلاق النار', 'وقف النار', 'وقف الأعمال العدائية', 'وقف العمليات القتالية'])})["»”]?(?:\\s+[^\\s.،؛]+){0,8}?(?:[،,]\\s*(?:${anyOf(['التي', 'الذي'])}))?\\s+(?:(?:${anyOf(['دخل', 'دخلت', 'يدخل', 'تدخل'])})\\s+(?:${anyOf(['حيز'])})\\s+(?:${anyOf(['التنفيذ'])})|(?:${anyOf(['بدأ', 'بدأت', 'يبدأ', 'تبدأ'])})\\s+(?:${anyOf(['سريانه', 'سريانها', 'تطبيقه', 'تطبيقها'])})|(?:${anyOf(['سرى', 'سرت'])}))(?:\\s+(?:${anyOf(TRUCE_HOUR)})){0,3}\\s*$`,
  'iu',
);
/** How far before a date the truce may be named. */
const REACH = 120;

/** The dates a clause (in matching form) gives for its event, less the day a truce took effect. */
export function withoutTruceDays(matchText: string, dates: readonly DateMention[]): DateMention[] {
  return dates.filter((d) => !TRUCE_BEGAN.test(matchText.slice(Math.max(0, d.start - REACH), d.start)));
}
