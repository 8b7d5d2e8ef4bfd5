// "فككت عبوتين دون وقوع إصابات، مبيناً أن 12 ألف عنصر انتشروا": a casualty word said not to have
// happened counts no one, whatever number the clause gives after it (men deployed, bombs defused).
import { ar } from '../events/cue-pattern.js';

/**
 * "دون وقوع إصابات", "من دون تسجيل إصابات", "بلا إصابات", "عدم وقوع خسائر بشرية": the negation, with
 * the noun of happening or of being recorded between, right before the casualty word.
 */
const NONE_BEFORE = new RegExp(
  `(?:${ar(['دون', 'بدون', 'بلا', 'عدم', 'لا'])})\\s+(?:(?:${ar(['وقوع', 'تسجيل', 'حدوث', 'سقوط', 'أي', 'أية'])})\\s+)?$`,
  'u',
);

/** The casualty word starting at `start` of the clause (in matching form) is told as not had. */
export const noneHadAt = (matchText: string, start: number): boolean =>
  NONE_BEFORE.test(matchText.slice(Math.max(0, start - 30), start));
