// "ثلاثة عناصر يُشتبه بانتمائهم لخلية تابعة للتنظيم، وعنصر من الأمن": the group the counted are
// suspected or believed to belong to, told as "من" tells whose members they are — the one joined after
// the group's name is counted too (companion-past-description.ts; affiliated-with.ts reads "belonging
// to" in English).
import type { Token } from '../reading/tokens.js';
import { matchForms } from '../reading/word-pattern.js';

/** "يشتبه", "يعتقد", "يرجح" (matching forms): the suspicion or belief that opens the affiliation. */
const SUSPECTED = new Set(matchForms(['يشتبه', 'يعتقد', 'يرجح']));

/** "بانتمائهم", "انتماؤهم", "بانتمائه" (matching forms): their belonging. */
const BELONGING = new Set(
  matchForms([
    'بانتمائهم',
    'بانتمائه',
    'بانتمائهما',
    'انتماؤهم',
    'انتماءهم',
    'انتمائهم',
    'انتماؤه',
    'انتماؤهما',
  ]),
);

/** How many words the suspicion takes before the group's name: "يشتبه بانتمائهم". */
export const SUSPECTED_WORDS = 2;

/** The words from `at` tell the group the counted are suspected of belonging to ("يشتبه بانتمائهم"). */
export function suspectedOfGroupAt(tokens: readonly Token[], at: number): boolean {
  return SUSPECTED.has(tokens[at]?.word ?? '') && BELONGING.has(tokens[at + 1]?.word ?? '');
}
