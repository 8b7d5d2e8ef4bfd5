// The day a victim found dead was abducted is not the day the body was found.
import type { DateMention } from '../reading/types.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** A body found: the event the clause tells. */
const FOUND = new RegExp(`(?<!${L})(?:found|${anyOf(['عثر', 'عثرت', 'عثروا', 'العثور'])})(?!${L})`, 'u');

/**
 * The abduction told of the one found: "who had been kidnapped", "اختطفه مجهولون"; so is his
 * vanishing, whoever took him: "shepherds who went missing last week", "اختفى قبل أيام".
 */
const ABDUCTED = new RegExp(
  `(?<!${L})(?:kidnapped|abducted|went missing|gone missing|disappeared|${anyOf(['اختطف', 'اختطفت', 'اختطفه', 'اختطفها', 'اختطفتهما', 'اختطفهما', 'اختطفوه', 'خطف', 'خطفه', 'خطفت', 'اختفى', 'اختفت', 'اختفوا'])})(?!${L})`,
  'u',
);

/**
 * "the body of a man who had been kidnapped last week was found with gunshot wounds", "عثر على جثة
 * راعٍ اختطفه مجهولون يوم السبت الماضي": the day told after the abduction, before any word of the
 * finding, is when he was taken; the event is the body found, dated by its own day or, with none,
 * by the news around it.
 */
export function withoutAbductionDays(matchText: string, dates: readonly DateMention[]): DateMention[] {
  if (dates.length === 0 || !FOUND.test(matchText)) return [...dates];
  const taken = matchText.search(ABDUCTED);
  if (taken < 0) return [...dates];
  // (not the finding's own day told after the abduction: "abducted in the desert were found on Tuesday")
  return dates.filter((d) => d.start < taken || FOUND.test(matchText.slice(taken, d.start)));
}
