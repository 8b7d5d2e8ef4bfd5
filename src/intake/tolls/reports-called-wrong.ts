// "…وأن الأنباء عن سقوط خمسة قتلى كانت غير دقيقة": an account told only to be called wrong.
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * "الأنباء عن سقوط خمسة قتلى كانت غير دقيقة", "التقارير التي تحدثت عن مقتل عشرة غير صحيحة", "reports
 * of ten dead were inaccurate": reports, their figures, then the predicate that calls them wrong.
 * The figures between are the account set aside, none of the event's (denied-after.ts reads a denial
 * told by the verb before the reports; this one comes after them, in the same phrase).
 */
const REPORTS_CALLED_WRONG = new RegExp(
  `(?<!${L})(?:${f(['الأنباء', 'الانباء', 'التقارير', 'المعلومات', 'الأخبار', 'أنباء', 'تقارير', 'الروايات'])})\\s+(?:${f(['عن', 'التي', 'الواردة', 'المتداولة', 'بشأن', 'حول'])})(?!${L})[^،,.؛;]{1,90}?(?<!${L})(?:${f(['كانت', 'كان', 'هي', 'جاءت'])}\\s+)?(?:${f(['غير دقيقة', 'غير صحيحة', 'عارية عن الصحة', 'عارية من الصحة', 'كاذبة', 'مبالغ فيها', 'لا أساس لها من الصحة'])})(?!${L})|(?<!${L})reports\\s+(?:of|that)\\s[^,.;]{1,90}?\\s(?:were|was|are)\\s+(?:inaccurate|incorrect|false|wrong|exaggerated|untrue)(?!${L})`,
  'u',
);

/** Where, in the clause (in matching form), reports called wrong after their figures begin; -1 if none. */
export function reportsCalledWrongAt(matchText: string): number {
  return REPORTS_CALLED_WRONG.exec(matchText)?.index ?? -1;
}
