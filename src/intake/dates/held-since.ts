// "…in Mosul, held by IS since June 2014", "ينتمي إلى التنظيم منذ عام 2014": how long a place has been held, or a man has belonged, not a span the toll sums.
import type { DateMention } from '../reading/types.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "منذ تموز من العام الماضي", "since June last year": a month of last year, the year told by words,
 * not digits; blanked whole, lest "العام الماضي" be left to date the clause a year back.
 */
const LAST_YEAR = `(?:(?:${anyOf(['من'])}\\s+)?(?:${anyOf(['العام', 'السنة'])})\\s+(?:${anyOf(['الماضي', 'المنصرم', 'الفائت'])})|last\\s+year)(?!${L})`;

/**
 * "الخاضعة لسيطرة تنظيم داعش منذ حزيران 2014", "الواقعة تحت سيطرة الفصائل منذ عام 2012", "held by
 * Islamic State since 2014", "under rebel control since 2012": a place described by who has held it
 * and since when; so is a siege or curfew told by what it was imposed on and since when ("الحصار
 * المفروض على الأحياء منذ أواخر حزيران", "the siege imposed on the district since June"); so is one told by what he belongs to and since when
 ("…، لافتاً إلى أنه ينتمي إلى عصابات داعش منذ عام 2014", "اعترف بانتمائه إلى التنظيم منذ عام
 2012": when he joined, in a court's findings, not a span a deed's toll sums); so is a place told
 by the attacks it has suffered since ("in the village of X, which has been attacked repeatedly since
 2020", "التي تتعرض لهجمات متكررة منذ عام 2020"): its history, not a span the deed told sums. The "since" and the
 date after it (a month or a word, "last", and a year) are blanked.
 */
const HELD_SINCE = new RegExp(
  `((?<!${L})(?:${anyOf(['الخاضعة لسيطرة', 'الخاضع لسيطرة', 'الخاضعة لنفوذ', 'الواقعة تحت سيطرة', 'الواقع تحت سيطرة', 'تحت سيطرة', 'المفروض على', 'المفروضة على', 'ينتمي إلى', 'ينتمون إلى', 'انتمى إلى', 'انتمائه إلى', 'بانتمائه إلى', 'انتمائهم إلى', 'بانتمائهم إلى', 'التي تتعرض', 'الذي يتعرض', 'التي تعرضت', 'الذي تعرض'])}|(?:held|controlled|occupied|besieged|run)\\s+by|(?:which|that)\\s+(?:has|have|had)\\s+been\\s+(?:attacked|targeted|shelled|struck|hit)|imposed\\s+on|under\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:control|rule|siege))(?!${L})\\s+(?:[^\\s،,.;]+\\s+){0,4}?)((?:${anyOf(['منذ'])}|since)(?:(?:\\s+[^\\s،,.;\\d]+){0,2}?\\s+${LAST_YEAR}|(?:\\s+[^\\s،,.;\\d]+){0,3}(?:\\s+[^\\s،,.;]*\\d{4})?))`,
  'gu',
);

/** The clause (in matching form) with the span a place has been held blanked, as many characters (offsets keep). */
export const withoutHeldSince = (text: string): string =>
  text.replace(HELD_SINCE, (_, held: string, since: string) => held + ' '.repeat(since.length));

/**
 * The days a clause names (`dates`, by their place in `matchText`) less those the span a place has
 * been held or besieged blanks: "الحصار المفروض على البلدتين منذ تموز من العام الماضي" dates the
 * siege, not the wounding the clause told before it.
 */
export function withoutHeldSinceDays(matchText: string, dates: readonly DateMention[]): DateMention[] {
  const unheld = withoutHeldSince(matchText);
  return dates.filter((d) => unheld.slice(d.start, d.end).trim() !== '');
}
