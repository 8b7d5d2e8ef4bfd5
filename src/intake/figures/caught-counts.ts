// Small counts of people caught or things seized: key figures, spelled out or not.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "اعتقال خمسة مطلوبين", "ضبطت داخل الوكر خمس عبوات", "arrested four suspects", "seized two rocket
 * launchers": how many were caught or seized is a key figure of the story however small and however
 * written (a count of casualties is an incident's, a count of years a duration: not these).
 */
const CAUGHT_BEFORE = new RegExp(
  `(?<!${L})(?:${anyOf(['اعتقال', 'اعتقل', 'اعتقلت', 'القبض على', 'ضبط', 'ضبطت', 'مصادرة', 'صادرت', 'arrested', 'detained', 'seized', 'captured', 'confiscated', 'arrest of'])})(?:\\s+${L}+){0,3}\\s+$`,
  'u',
);
const CAUGHT_AFTER = new RegExp(
  `^(?:\\s+${L}+){1,2}\\s+(?:were|have been|had been)\\s+(?:arrested|detained|seized|captured|confiscated)(?!${L})`,
  'u',
);

/**
 * `text` is the sentence in matching form, `n` a number in it. One is no such figure ("ضبطت داخل أحد
 * المنازل": one of the houses, where they were found).
 */
export function countsCaught(text: string, n: { start: number; end: number; value: number }): boolean {
  if (n.value <= 1) return false;
  return (
    CAUGHT_BEFORE.test(text.slice(Math.max(0, n.start - 48), n.start)) ||
    CAUGHT_AFTER.test(text.slice(n.end, n.end + 60))
  );
}
