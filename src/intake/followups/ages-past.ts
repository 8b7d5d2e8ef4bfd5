// A death of ages past, told as what a rite remembers, is no incident: "Imam Hussein, who was killed
// in battle at Karbala in 680 AD", "استشهاد الإمام الحسين في واقعة الطف عام 61 هـ".
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * A year marked by its era: "in 680 AD", "in 61 AH", "عام 61 هـ", "سنة 680 م", "عام 680 للميلاد".
 * Only such a year: a bare "1440 هـ" beside a month is a date of the news (hijri-dates.ts), so a
 * Hijri year counts as past only below 1300 (before 1882), a Christian one below 1800.
 */
const ERA_YEAR = new RegExp(
  `(?<!${L})(?:in|${anyOf(['عام', 'سنة', 'العام', 'السنة'])})\\s+(\\d{1,4})\\s*(?:(ad|a\\.d\\.|ce|bc|bce)|(ah|a\\.h\\.)|(${anyOf(['هـ', 'ه', 'هجرية', 'للهجرة'])})|(${anyOf(['م', 'ميلادية', 'للميلاد', 'قبل الميلاد'])}))(?!${L})`,
  'gu',
);

/** The clause (in matching form) dates what it tells by a year of an era long past. */
export function toldOfAgesPast(matchText: string): boolean {
  // (no year without a digit: most clauses are rejected before the pattern's try at every letter)
  if (!/\d/.test(matchText)) return false;
  for (const m of matchText.matchAll(ERA_YEAR)) {
    const year = Number(m[1]);
    const hijri = m[3] !== undefined || m[4] !== undefined;
    if (year < (hijri ? 1300 : 1800)) return true;
  }
  return false;
}
