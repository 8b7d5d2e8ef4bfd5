// "…استقبلت خمسة جرحى، نافياً أنباء عن سقوط أكثر من عشرة قتلى": a toll told, then one denied.
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * "نافياً أنباء تداولتها وسائل إعلام عن سقوط عشرة قتلى", "نافيةً ما تداولته مواقع", "ونفى الأنباء عن…":
 * the teller, having given its own figures, denies another's in a later phrase of the same clause.
 * What follows is the denied account, no toll of the event (a clause that opens on the denial is
 * claims.ts's and report-denied.ts's).
 */
const DENYING_REPORT = new RegExp(
  `(?<!${L})(?:${f(['نافيا', 'نافية', 'نافين', 'ونافيا', 'ونافية', 'كما نفى', 'كما نفت', 'ونفى', 'ونفت'])})\\s+(?:[\\p{L}()]+\\s+){0,3}?(?:${f(['ما تداولته', 'ما أوردته', 'ما نشرته', 'ما تناقلته', 'الأنباء', 'التقارير', 'الأخبار', 'أنباء', 'تقارير', 'أخبارا', 'أخبار'])})(?!${L})`,
  'u',
);

/** Where, in the clause (in matching form), a denial of another's account begins after a toll of its own; -1 if none. */
export function deniedReportAt(matchText: string): number {
  const m = DENYING_REPORT.exec(matchText);
  return m && m.index > 0 ? m.index : -1;
}
