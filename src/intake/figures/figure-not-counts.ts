// Numbers that say when, how long, how far, how old or which one, never how many: years, dates and
// times written in digits, distances, durations, ages, identifiers and numbers glued to a name.
import { DISTANCE_UNITS, DURATION_UNITS } from '../reading/measure-units.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { AREA, NOUN_CAPTIONS, PERCENT } from './figure-units.js';
import { ageToldBefore } from '../victims/age-told-before.js';
import type { NumberMention } from '../reading/types.js';
import type { MatchView } from '../reading/view.js';

const f = normalizeForMatch;
const YEAR = /^(?:19|20)\d\d$/;
/** A distance locates a place ("25 km southwest of Kirkuk", "على بعد 10 كم"), it counts nothing. */
export const DISTANCE = new RegExp(
  `^\\s*(?:${DISTANCE_UNITS.map(f).join('|')})(?![\\p{L}\\d²])(?!\\s*(?:${['مربع', 'square', 'sq'].map(f).join('|')}))`,
  'u',
);
/** Dates and times written with digits only: "25.10.2022", "2022/10/25", "09:43" — when, never how many. */
export const STAMP =
  /(?<![\d.,])(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?)(?![\d])/gu;

/**
 * Four digits from 1900 to 2099 that no counted noun or unit follows: a year ("in 2014", "بحلول
 * 2019", "2003."), which says when. "2000 مقاتل", "2014 people" are counts.
 */
export function readsAsYear(view: MatchView, n: NumberMention): boolean {
  if (!n.digits || !YEAR.test(n.text.trim())) return false;
  const after = view.text.slice(n.end);
  return !(PERCENT.test(after) || AREA.test(after) || NOUN_CAPTIONS.some(([re]) => re.test(after)));
}

/**
 * "أستانة2", "COVID19": a number glued to a word is part of a name, not a count. A proclitic ("و6",
 * "ب3000") or the article ("الـ93", "the 93rd" as the count so far) may be glued.
 */
export function gluedToWord(text: string, start: number): boolean {
  const letters = /\p{L}+$/u.exec(text.slice(Math.max(0, start - 12), start))?.[0] ?? '';
  return letters.length >= 2 && !/^[وف]?(?:[بلك]|ال|بال|لل|وال)?$/u.test(letters);
}

/** Ten digits or more written bare: a reference or telephone number, never a count in news copy. */
export function identifier(n: NumberMention): boolean {
  return /^\d{10,}$/.test(n.text.trim());
}

/** A span of days, hours, weeks or months after a number: a duration. */
export const DURATION = new RegExp(`^\\s*(?:${DURATION_UNITS.map(f).join('|')})(?![\\p{L}])`, 'u');

/** "a 15-year-old boy", "يبلغ من العمر 22 عاما", "aged 40": an age says who, not how many. */
const AGE_AFTER = /^\s*(?:-?\s*years?[\s-]*old|-?\s*year-old)/u;
export function age(text: string, n: NumberMention): boolean {
  return AGE_AFTER.test(text.slice(n.end, n.end + 12)) || ageToldBefore(text, n.start);
}
