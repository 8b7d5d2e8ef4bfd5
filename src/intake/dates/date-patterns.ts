// Words and pattern parts of the date rules: months, weekdays, ordinals, counts, parts of a month.
import { normalizeForMatch } from '../../text/normalize.js';
import { monthNames } from './months.js';
import { AR_ORDINALS_DEFINITE, AR_UNITS, EN_SMALL } from '../reading/number-words.js';
import { L } from '../reading/word-pattern.js';

// The date rules take L from here with the rest of their pattern parts.
export { L };
/** Whole words, allowing Arabic proclitics glued before (وفي، بالأمس، وقبل), captured as `pre`. */
export const B = (s: string): string => `(?<!${L})(?<pre>[وف]?[بل]?)(?:${s})(?!${L})`;
export const f = normalizeForMatch;
export const alt = (words: readonly string[]): string => `(?:${words.map((w) => escape(f(w))).join('|')})`;
export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const MONTHS = monthNames();
const MONTH_INDEX = new Map(MONTHS.map((m) => [m.name, m.month]));
/**
 * Iraqi and Levantine copy gives a month in two traditions side by side, with no slash or bracket:
 * "في أيار مايو 2006", "شباط فبراير": the second name is the same month, read as one.
 */
const ARABIC_MONTH_NAMES = MONTHS.filter((m) => /\p{Script=Arabic}/u.test(m.name)).map((m) => escape(m.name));
export const MONTH = `(?<month>${MONTHS.map((m) => escape(m.name)).join('|')})\\.?(?:\\s*[/(]\\s*(?:${MONTHS.map((m) => escape(m.name)).join('|')})\\s*\\)?|\\s+(?:${ARABIC_MONTH_NAMES.join('|')})(?!${L}))?`;
export const monthOf = (g: Record<string, string | undefined>): number => MONTH_INDEX.get(g.month ?? '') ?? 0;

const AR_WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'].map(f);
const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const weekdayIndex = (word: string | undefined): number => {
  const w = word ?? '';
  const ar = AR_WEEKDAYS.indexOf(w);
  return ar >= 0 ? ar : EN_WEEKDAYS.indexOf(w);
};
/** "جثامين القتلى الأحد عشر", "الأحد عشر قتيلاً": "الأحد" before "عشر" is the number eleven, no Sunday. */
const NOT_ELEVEN = '(?!\\s+عشر)';
export const WEEKDAY = (name: string): string =>
  `(?<${name}>${[...AR_WEEKDAYS, ...EN_WEEKDAYS].map(escape).join('|')})${NOT_ELEVEN}`;

export const ANY_MONTH = new RegExp(
  `(?<!${L})[وفبل]{0,2}(?:${MONTHS.map((m) => escape(m.name)).join('|')})(?!${L})`,
  'u',
);
export const ANY_WEEKDAY = new RegExp(
  `(?:${[...AR_WEEKDAYS, ...EN_WEEKDAYS].map(escape).join('|')})(?!${L})`,
  'u',
);

/** The day ordinals 1–10, from which the teens and twenties are built. */
const UNIT_ORDINALS = AR_ORDINALS_DEFINITE;
/** "الحادي" stands for "الأول" in compounds: "الحادي عشر", "الحادي والعشرين". */
const compoundUnit = (i: number): string => (i === 0 ? 'الحادي' : UNIT_ORDINALS[i]!);

/** "الخامس", "السادس عشر", "الحادي والعشرين": the day of the month told as an ordinal word. */
export const ORDINALS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ...UNIT_ORDINALS.map((w, i) => [w, i + 1] as const),
    ...UNIT_ORDINALS.slice(0, 9).map((_, i) => [`${compoundUnit(i)} عشر`, 11 + i] as const),
    ['العشرين', 20] as const,
    ...UNIT_ORDINALS.slice(0, 9).map((_, i) => [`${compoundUnit(i)} والعشرين`, 21 + i] as const),
    ['الثلاثين', 30] as const,
    ['الحادي والثلاثين', 31] as const,
  ].map(([k, v]) => [f(k), v]),
);
export const ORDINAL = `(?<ordinal>${Object.keys(ORDINALS)
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|')})`;

const COUNT_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  [
    ['يوم', 1],
    ['يوما', 1],
    ['يومين', 2],
    ['يومان', 2],
    ['ثلاثة', 3],
    ['أربعة', 4],
    ['خمسة', 5],
    ['ستة', 6],
    ['سبعة', 7],
    ['عشرة', 10],
    ['a', 1],
    ['one', 1],
    ['two', 2],
    ['three', 3],
    ['four', 4],
    ['five', 5],
    ['six', 6],
    ['seven', 7],
    ['ten', 10],
    ['خمس', 5],
    ['ثلاث', 3],
    ['أربع', 4],
    ['ست', 6],
    ['سبع', 7],
    ['عشر', 10],
    ['سنة', 1],
    ['عام', 1],
    ['سنتين', 2],
    ['عامين', 2],
    ['شهر', 1],
    ['شهرين', 2],
    ['أسبوع', 1],
    ['أسبوعين', 2],
  ].map(([k, v]) => [f(k as string), v as number]),
);
/**
 * The other number words of more than one ("ثمانية", "تسع", "اثنين", "nine"), read as casualty counts
 * are; not "أحد" (also Sunday) nor the dual of "case" ("حالتين"), which count no time.
 */
const MORE_THAN_ONE: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries({ ...AR_UNITS, ...EN_SMALL }).filter(([w, n]) => n > 1 && !w.startsWith(f('حالت'))),
);

/** The days, weeks or years a word counts: "بعد ثمانية أيام على", "قبل تسع سنوات", "nine days after". */
export const count = (word: string | undefined): number =>
  word && /^\d+$/.test(word) ? Number(word) : (COUNT_WORDS[word ?? ''] ?? MORE_THAN_ONE[word ?? ''] ?? 0);

export const PART_OF_MONTH: Readonly<Record<string, [number, number]>> = Object.fromEntries(
  [
    [
      ['أوائل', 'مطلع', 'بداية', 'بدايات', 'early', 'the beginning of', 'the start of'],
      [1, 10],
    ],
    [
      ['منتصف', 'أواسط', 'mid', 'the middle of'],
      [11, 20],
    ],
    [
      ['أواخر', 'نهاية', 'late', 'the end of'],
      [21, 31],
    ],
  ].flatMap(([words, range]) => (words as string[]).map((w) => [f(w), range as [number, number]])),
);
export const PART = `(?<part>${Object.keys(PART_OF_MONTH)
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|')})`;

export const MONTH_QUALIFIER = `(?:\\s+(?<qualifier>${alt(['الجاري', 'الحالي', 'الماضي', 'المنصرم', 'الفائت'])}))?`;
/** Not followed by a day of the month ("since May 28", "in June 5"): the day rules read a month with its day. */
export const NO_DAY_AFTER = '(?!\\s+[0-3]?\\d(?:st|nd|rd|th)?(?!\\d))';
export const YEAR = `(?:\\s*,?\\s*(?:(?:عام|سنة|لعام)\\s+)?(?<year>(?:19|20)\\d\\d))`;
/**
 * "في الحادي عشر من تشرين الثاني من العام الماضي", "في 3 آذار من السنة الماضية": the day and month of
 * the year before publication, however near or far the month falls from it.
 */
export const OF_LAST_YEAR = `(?:\\s+(?:من\\s+)?(?<lastYear>${alt(['العام الماضي', 'العام المنصرم', 'العام الفائت', 'السنة الماضية'])}))`;
export const PREVIOUS = alt(['الماضي', 'المنصرم', 'الفائت', 'السابق']);
/** "نحو", "حوالي": a time told as about so long ("قبل نحو أسبوعين", "بعد نحو أسبوع من"). */
export const ABOUT = alt(['نحو', 'حوالي', 'قرابة', 'زهاء']);
export const RELATIVE_DAY = `(?<relative>${alt(['أمس', 'البارحة', 'اليوم'])})`;
