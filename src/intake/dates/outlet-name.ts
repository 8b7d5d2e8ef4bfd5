// "وذكرت شبكة "حمص اليوم" المحلية": the day word in an outlet's name is no day.
import type { DateMention } from '../reading/types.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * An outlet named in quotes after the word for what it is ("شبكة "الرقة اليوم"", "موقع "سوريا
 * اليوم"", "صحيفة «العراق اليوم»"): Arabic copy quotes its local sources so, and many of their names
 * end in "اليوم" (today); so is one told to, quoted after لـ ("وقال المصدر في حديث لـ"بغداد اليوم"، إن…").
 */
const OUTLET_NAME = new RegExp(
  `(?<!${L})(?:[وبل]?(?:${anyOf(['شبكة', 'موقع', 'صحيفة', 'جريدة', 'قناة', 'وكالة', 'إذاعة', 'صفحة', 'مجلة', 'منصة', 'تلفزيون'])})|لـ?)\\s*["«“][^"«»“”.،,]{1,60}["»”]`,
  'gu',
);

/** The dates a clause gives, less those inside an outlet's name. */
export function withoutOutletNames(matchText: string, dates: readonly DateMention[]): DateMention[] {
  const names = [...matchText.matchAll(OUTLET_NAME)].map((m) => [m.index, m.index + m[0].length] as const);
  return dates.filter((d) => !names.some(([from, to]) => d.start >= from && d.end <= to));
}
