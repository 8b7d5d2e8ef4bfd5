// A figure's label from the words before its number: the nearest noun ("an area of about 110,000"),
// with its unit when the number measures ("مساحة (كم²)").
import { normalizeForMatch } from '../../text/normalize.js';
import { AFTER_HEAD, PHRASE_END } from './figure-phrase-end.js';
import { MULTIPLIERS, wordSpans } from './figure-words.js';
import { monthNames } from '../dates/months.js';
import type { MatchView } from '../reading/view.js';

const f = normalizeForMatch;
/** Words between a noun and its number: "مساحة تقارب 110 آلاف", "an area of about 110,000". */
const APPROACH = new Set(
  [
    'تقارب',
    'تقدر',
    'نحو',
    'حوالي',
    'قرابة',
    'زهاء',
    'بلغت',
    'بلغ',
    'تبلغ',
    'يبلغ',
    'اكثر',
    'أكثر',
    'من',
    'ب',
    'about',
    'around',
    'nearly',
    'some',
    'of',
    'than',
    'more',
    'over',
    'almost',
    'roughly',
    'approximately',
    'estimated',
    'an',
    'a',
    'the',
    'to',
    'reached',
    'as',
    'only',
    'just',
  ].map(f),
);
/**
 * Words that are no noun of what a number counts, met right before it: particles ("أن 90%",
 * "سوى 27%"), "a rate of" ("بنسبة 50.1%": the unit says it), "as" ("the toll as 19").
 */
const NOT_NOUNS = new Set(
  [
    'أن',
    'ان',
    'إن',
    'بأن',
    'سوى',
    'إلا',
    'الا',
    'لا',
    'ما',
    'نسبة',
    'بنسبة',
    'وبنسبة',
    'says',
    'said',
    'say',
    'than',
    'at',
    'by',
    'to',
  ].map(f),
);
const MONTHS = new Set(monthNames().map((m) => m.name));

/** "مساحة تقارب 110 آلاف كيلومتر مربع" → "مساحة (كم²)": the noun the measure is of, then the unit as its language writes it. */
export function unitLabel(view: MatchView, start: number, unit: string): string {
  const noun = nounBefore(view, start);
  return noun ? `${noun} (${unit})` : '';
}

/** The nearest noun before the number, skipping "about", "of", "تقارب" and the like. */
export function nounBefore(view: MatchView, start: number): string {
  const head = view.text.slice(0, start);
  const words = wordSpans(head);
  for (let i = words.length - 1; i >= 0 && i >= words.length - 4; i--) {
    const w = words[i]!;
    // "الـ93": the article glued to the number is no noun
    if (APPROACH.has(w.word) || MULTIPLIERS.has(w.word) || /^\d/.test(w.word) || w.word === f('ال')) continue;
    if (AFTER_HEAD.has(w.word) || NOT_NOUNS.has(w.word) || NOT_NOUNS.has(w.word.replace(/^و/u, '')))
      return '';
    // "since July to 2.5 million": a month says when, it is not what is counted
    if (MONTHS.has(w.word)) return '';
    if (PHRASE_END.has(w.word) || /[.,،؛;:!?؟"«»()]/u.test(head.slice(w.end))) return '';
    // "the death toll as 19": an English noun with the noun that qualifies it
    const first = words[i - 1];
    const compound =
      first &&
      /^[a-z]+$/.test(first.word) &&
      /^[a-z]+$/.test(w.word) &&
      !/(?:ed|ing|ly)$/.test(first.word) &&
      !ENGLISH_NOT_MODIFIERS.has(first.word) &&
      !APPROACH.has(first.word) &&
      !NOT_NOUNS.has(first.word) &&
      !PHRASE_END.has(first.word) &&
      !AFTER_HEAD.has(first.word) &&
      /^\s+$/u.test(head.slice(first.end, w.start));
    // "pre-war population": a hyphenated qualifier is taken whole
    const before = compound ? words[i - 2] : undefined;
    const hyphenated =
      !!before && /^[a-z]+$/.test(before.word) && /-/u.test(view.sourceSpan(before.end, first!.start).text);
    return view.sourceSpan(hyphenated ? before.start : compound ? first.start : w.start, w.end).text;
  }
  return '';
}

/** Words before a noun that do not qualify it: determiners, pronouns, verbs of saying. */
const ENGLISH_NOT_MODIFIERS = new Set([
  'its',
  'their',
  'his',
  'her',
  'our',
  'this',
  'that',
  'these',
  'those',
  'put',
  'set',
  'gave',
  'give',
  'says',
  'told',
  'all',
  'total',
  'new',
]);
