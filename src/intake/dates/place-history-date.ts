// When the event's place was taken, told of that place, is neither the event's day nor its side.
import type { DateMention } from '../reading/types.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { normalizeForMatch } from '../../text/normalize.js';

/**
 * "الحي الذي حررته", "the district, which … recaptured": a relative clause telling the place taken
 * (or, passive, "المدينة التي استعيدت": the verb's passive "استُعيد" is spelt apart from "استعاد").
 * "سيطر" takes its place after "على" ("الذي سيطرت عليه القوات"); with no "على" the word is the noun
 * "سيطرة", a checkpoint ("الهجوم الذي استهدف سيطرة عسكرية ليلة الثلاثاء"), whose attack's day it is.
 */
const TAKEN_AR = `(?<!${L})(?:${anyOf(['الذي', 'التي', 'اللذين', 'اللتين'])})\\s+(?:[^\\s،,.؛]+\\s+)?(?:(?:${anyOf(['حرر', 'استعاد', 'استعادت', 'استعيد', 'دخل', 'دخلت', 'استرجع', 'استرجعت', 'استرد', 'استردت', 'تحرر', 'تم تحرير'])})[^\\s،,.؛]*|${normalizeForMatch('سيطر')}(?:${anyOf(['ت', 'وا', 'نا'])})?\\s+${normalizeForMatch('على')})`;
const TAKEN_EN = `(?<!${L})(?:which|that)\\s+(?:[^\\s,.;]+\\s+){0,3}?(?:retook|retaken|recaptured|liberated|captured|seized|entered|freed|regained|took control of)(?!${L})`;

/**
 * "على الحي الذي حررته القوات الأمنية الأسبوع الماضي", "shelled the district, which troops
 * recaptured last week": up to the date it gives (no comma between), the place's history, not the
 * day of the event told.
 */
const TAKEN_BEFORE_DATE = new RegExp(`(?:${TAKEN_AR}|${TAKEN_EN})[^،,.;؛]{0,60}$`, 'u');
/** "الذي حررته القوات": the force that took the place, named after the Arabic verb… */
const TAKER_AFTER_AR = new RegExp(`${TAKEN_AR}\\s+$`, 'u');
/** …or before the English one: "which Iraqi troops recaptured". */
const TAKER_BEFORE_EN = /(?<![\p{L}\p{N}])(?:which|that)\s+$/u;
const TAKEN_AFTER_EN =
  /^\s*(?:had\s+|have\s+)?(?:retook|recaptured|liberated|captured|seized|entered|freed|regained|took control of)(?![\p{L}\p{N}])/u;

/** The dates of a clause (in matching form), less those that tell when the event's place was taken. */
export function withoutPlaceHistory(matchText: string, dates: readonly DateMention[]): DateMention[] {
  if (dates.length === 0) return [...dates];
  return dates.filter((d) => !TAKEN_BEFORE_DATE.test(matchText.slice(Math.max(0, d.start - 140), d.start)));
}

/** The force named at `start`–`end` is the one that took the event's place earlier: no side of the event. */
export function tookPlaceAt(text: string, start: number, end: number): boolean {
  return (
    TAKER_AFTER_AR.test(text.slice(Math.max(0, start - 48), start)) ||
    (TAKER_BEFORE_EN.test(text.slice(Math.max(0, start - 8), start)) &&
      TAKEN_AFTER_EN.test(text.slice(end, end + 32)))
  );
}
