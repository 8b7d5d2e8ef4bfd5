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

/**
 * "نشرت أخباراً كاذبة عن مقتل 12", "روّج أنباء ملفقة عن…", "false reports of 12 dead": the teller,
 * having given its own figures, calls another's account false; what follows is the account denied.
 */
const FALSE_REPORT = new RegExp(
  `(?<!${L})(?:${f(['أخبارا', 'أخبار', 'الأخبار', 'أنباء', 'الأنباء', 'ادعاءات', 'مزاعم', 'معلومات', 'تقارير'])})\\s+(?:${f(['كاذبة', 'الكاذبة', 'ملفقة', 'مفبركة', 'مضللة', 'المضللة', 'عارية عن الصحة', 'غير صحيحة'])})(?!${L})|(?<!${L})false (?:reports|claims|news)(?!${L})`,
  'u',
);

/** Where, in the clause (in matching form), a denial of another's account begins after a toll of its own; -1 if none. */
export function deniedReportAt(matchText: string): number {
  const at = [DENYING_REPORT.exec(matchText), FALSE_REPORT.exec(matchText)]
    .filter((m) => m !== null && m.index > 0)
    .map((m) => m!.index);
  return at.length > 0 ? Math.min(...at) : -1;
}

/**
 * The clause calls the account it tells false ("نشرت أخباراً كاذبة عن مقتل 12"): its figures after
 * that are the denied account's, none of the event's, even where it told none of its own before.
 */
export function callsReportFalse(matchText: string): boolean {
  return FALSE_REPORT.test(matchText);
}
