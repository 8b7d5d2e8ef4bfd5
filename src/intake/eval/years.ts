import { normalizeForMatch } from '../../text/normalize.js';
import { monthNames } from '../dates/months.js';
import type { Gold } from './gold.js';

/**
 * The shared gold lists some years among an article's figures ("declared defeated in 2017", "the
 * last census in 1997"). Issue 12's rule is that a year says when, never how many, so the eval sets
 * such a gold figure aside — by rule, the same on any article: a plausible year (1900–2100) that the
 * text writes, wherever it writes it, as a year.
 */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/** Words after which a number is a year: "عام 2017", "منذ 2014", "since 2014", "the 2010 census". */
const STRONG_CUES = [
  'عام',
  'العام',
  'لعام',
  'وعام',
  'سنة',
  'السنة',
  'لسنة',
  'منذ',
  'ومنذ',
  'بحلول',
  'مطلع',
  'اواخر',
  'اوائل',
  'منتصف',
  'نهاية',
  'بداية',
  'خلال',
  'تعداد',
  'انتخابات',
  'since',
  'until',
  'till',
  'during',
  'year',
  'early',
  'late',
  'mid',
  'census',
  'elections',
  'election',
].map(normalizeForMatch);

/** Words that come before a count as well ("in 2000 cases", "في 2000 حالة"): a year only when no noun follows. */
const WEAK_CUES = ['في', 'وفي', 'حتى', 'in', 'by', 'of', 'from', 'to', 'before', 'after'].map(
  normalizeForMatch,
);

/** What may follow a year written after a weak cue: punctuation, the end, or a function word. */
const AFTER_YEAR = new Set(
  [
    'و',
    'على',
    'من',
    'الى',
    'إلى',
    'حين',
    'عندما',
    'بعد',
    'قبل',
    'ثم',
    'حتى',
    'فيما',
    'بسبب',
    'لكن',
    'and',
    'but',
    'when',
    'after',
    'before',
    'until',
    'as',
    'while',
    'with',
    'the',
    'to',
    'in',
    'by',
    'and',
    'or',
    'that',
    'which',
  ].map(normalizeForMatch),
);

/** English names a year comes before: "the 2005 census", "the 2018 elections". */
const DATED_NOUNS = new Set([
  'census',
  'election',
  'elections',
  'war',
  'budget',
  'constitution',
  'offensive',
]);

const RANGE_JOINERS = ['-', '–', '—', '/', 'to', 'and', 'الى', 'و', 'حتى'].map(normalizeForMatch);

const MONTHS = monthNames().map((m) => m.name);

const toAscii = (s: string): string =>
  s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90));

function lastWords(before: string, n: number): string {
  return normalizeForMatch(before).split(' ').filter(Boolean).slice(-n).join(' ');
}

/** One place where `year` stands alone in `text` (at `at`): is it written there as a year? */
function writtenAsYear(text: string, at: number, year: string): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  const after = text.slice(at + year.length, at + year.length + 30);
  const lastWord = lastWords(before, 1);
  if (STRONG_CUES.includes(lastWord)) return true;
  // "March 2003", "كانون الأول 2017", "آذار عام 2020"
  const tail = lastWords(before, 2);
  if (MONTHS.some((m) => tail === m || tail.endsWith(` ${m}`))) return true;
  // "2014-2017", "between 2014 and 2017", "2017–2019", "من 2014 إلى 2017"
  if (/^\s*(?:[-–—/]|to|and|الى|إلى|و|حتى)\s*(?:عام\s*)?(?:19|20)\d\d(?!\d)/u.test(toAscii(after)))
    return true;
  const joined = /(?<!\d)(?:19|20)\d\d\s*(\S+)\s*$/u.exec(toAscii(before));
  if (joined && RANGE_JOINERS.includes(normalizeForMatch(joined[1] ?? ''))) return true;
  // "2017م", "2017 AD"
  if (/^\s*(?:م(?![\p{L}])|AD\b|CE\b)/u.test(after)) return true;
  const next = /^\s*([\p{L}]+)/u.exec(after);
  if (next && DATED_NOUNS.has(normalizeForMatch(next[1] ?? ''))) return true;
  if (!WEAK_CUES.includes(lastWord)) return false;
  return next === null || AFTER_YEAR.has(normalizeForMatch(next[1] ?? ''));
}

/** The values of `figures` that are plausible years and that `text` writes, every time it gives them, as years. */
export function yearsWrittenAsYears(figures: readonly number[], text: string): number[] {
  const ascii = toAscii(text);
  return figures.filter((value) => {
    if (!Number.isInteger(value) || value < FIRST_YEAR || value > LAST_YEAR) return false;
    const year = String(value);
    const places = [...ascii.matchAll(new RegExp(`(?<![\\d.,٫])${year}(?![\\d]|[.,٫]\\d)`, 'g'))];
    return places.length > 0 && places.every((m) => writtenAsYear(ascii, m.index, year));
  });
}

/** The gold without the figures its text writes as years. */
export function withoutYears(gold: Gold, text: string): Gold {
  const years = yearsWrittenAsYears(gold.figures, text);
  return { ...gold, figures: gold.figures.filter((v) => !years.includes(v)) };
}
