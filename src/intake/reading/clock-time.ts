// "(10:40 P.M.)", "الساعة 9:30 مساءً": the hours and minutes of a clock, when, never how many.

/**
 * Digits joined to others by a colon with no space, either side: a clock's hours or minutes ("10:40",
 * "09:43:05"); not a count told after a colon ("updated 2021/11/04: 350 families returned").
 */
const COLON_BEFORE = /\d:$/u;
const COLON_AFTER = /^:\d/u;

/**
 * The digits at `start`..`end` of a matched text are a clock's hours or minutes ("LATAKIA (10:40
 * P.M.) - A fisherman was killed": a dateline's time of filing; "انفجرت قرابة الساعة 8:15"): no
 * number a count may be read from — the minutes would count the dead of the words after them.
 * (figure-not-counts.ts keeps times out of the figures the same way.)
 */
export function clockTimeDigits(text: string, start: number, end: number): boolean {
  return (
    COLON_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || COLON_AFTER.test(text.slice(end, end + 2))
  );
}
