// A date told between an Arabic verb and its object: "قضت يوم الأحد 28 آب على 20 إرهابياً".
import { normalizeForMatch } from '../../text/normalize.js';
import { monthNames } from './months.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';
import { pastHourOfDay } from './hour-of-day.js';
import { ORDINAL_DAYS, hijriMonthNames } from './hijri-dates.js';
import { arabicNounCount } from '../casualties/casualty-phrase.js';
import { parentWithKinAt } from '../casualties/parent-with-kin.js';
import { bothParentsAt } from '../victims/both-parents.js';

/** Words of a day named as a date: "يوم", the weekdays, "أمس", and the part of the day. */
const DAY_WORDS = new Set(
  [
    'يوم',
    'اليوم',
    'أمس',
    'الأحد',
    'الاثنين',
    'الثلاثاء',
    'الأربعاء',
    'الخميس',
    'الجمعة',
    'السبت',
    'صباح',
    'مساء',
    'ظهر',
    'فجر',
    'ليلة',
    'ليل',
  ].map(normalizeForMatch),
);
/** Month names of one word ("آب", "أغسطس"; a two-word name's words each stand as one). */
const MONTH_WORDS = new Set(monthNames().flatMap((m) => m.name.split(/\s+/u)));
/**
 * The Hijri month names, word by word ("شوال", "ذو الحجة"): matched whole, for their second words
 * ("الآخر", "الأولى") are common words elsewhere ("وأصيب الآخر").
 */
const HIJRI_MONTHS = hijriMonthNames().map((name) => name.split(/\s+/u));
/** The era written after a year: "1435 هـ" (Hijri), "2014 م" (Gregorian). */
const ERA_MARKS = new Set(['هـ', 'ه', 'م'].map(normalizeForMatch));

/**
 * The index past a date told right after the verb at `from` ("قتلت يوم الأحد 28 آب ثلاثة", "قضت
 * مساء أمس على …"): the day's words, month names and the day's digits (a number the count left out
 * as a day of the month), so that the verb's object is read after them. `from` where none.
 */
export function pastDateBetween(tokens: readonly Token[], numbers: Numbers, from: number): number {
  let i = from;
  for (;;) {
    const t = tokens[i];
    if (!t) return i;
    const hour = pastHourOfDay(tokens, i);
    if (hour > i) {
      i = hour;
      continue;
    }
    const feastDay = pastFeastDay(tokens, i);
    if (feastDay > i) {
      i = feastDay;
      continue;
    }
    // ("قتل أب ونجليه": a father before his own kin, not "آب", August: parent-with-kin.ts)
    if (parentWithKinAt(tokens, i, arabicNounCount, (at) => numbers.has(at))) return i;
    // ("مقتل أب وأم وأطفالهما": both parents, not "آب", August, then a mother: both-parents.ts)
    if (bothParentsAt(tokens, i) !== null) return i;
    const hijri = pastHijriMonth(tokens, i);
    if (hijri > i) {
      i = hijri;
      continue;
    }
    const day = /^\d{1,2}$/u.test(t.word) && !numbers.has(t.start);
    // ("19 شوال 1435 هـ": the year after its month, and its era, are the date's too)
    const monthBefore =
      MONTH_WORDS.has(tokens[i - 1]?.word ?? '') || HIJRI_LAST.has(tokens[i - 1]?.word ?? '');
    const year = monthBefore && /^\d{4}$/u.test(t.word) && !numbers.has(t.start);
    const era = /^\d{4}$/u.test(tokens[i - 1]?.word ?? '') && ERA_MARKS.has(t.word);
    if (!DAY_WORDS.has(t.word) && !MONTH_WORDS.has(t.word) && !day && !year && !era) return i;
    i++;
  }
}

/** The index past a Hijri month's name at `i` ("شوال", "ربيع الأول"), else `i`. */
function pastHijriMonth(tokens: readonly Token[], i: number): number {
  const name = HIJRI_MONTHS.find((words) => words.every((w, k) => tokens[i + k]?.word === w));
  return name ? i + name.length : i;
}
/** The last word of a Hijri month's name, that a year may follow ("شوال 1435", "ذي الحجة 1436"). */
const HIJRI_LAST = new Set(HIJRI_MONTHS.map((words) => words[words.length - 1]!));

const DAYS_OF = new Set(['أيام', 'يوم'].map(normalizeForMatch));
const FEAST = new Set(['عيد', 'العيد'].map(normalizeForMatch));
const FEAST_NAMES = new Set(['الفطر', 'الأضحى'].map(normalizeForMatch));

/**
 * The index past a feast day named at `i` ("أول أيام عيد الأضحى", "ثالث أيام العيد"), told as the
 * date in apposition to "أمس" ("أعدم التنظيم أمس، أول أيام عيد الأضحى، أربعة شبان"), else `i`.
 */
function pastFeastDay(tokens: readonly Token[], i: number): number {
  if (ORDINAL_DAYS[tokens[i]?.word ?? ''] === undefined || !DAYS_OF.has(tokens[i + 1]?.word ?? '')) return i;
  const feast = tokens[i + 2]?.word === normalizeForMatch('من') ? i + 3 : i + 2;
  if (!FEAST.has(tokens[feast]?.word ?? '')) return i;
  return FEAST_NAMES.has(tokens[feast + 1]?.word ?? '') ? feast + 2 : feast + 1;
}
