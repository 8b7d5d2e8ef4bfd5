/**
 * Arabic/English text normalisation. Everything here is pure.
 * `normalizeForMatch` and `matchKey` are for comparing text only, never for display.
 */

import { memoByString } from './memo.js';

const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits to ASCII, one UTF-16 unit each, so offsets are kept. */
function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= PERSIAN_ZERO ? code - PERSIAN_ZERO : code - ARABIC_INDIC_ZERO);
  });
}

const AR_ONE_GROUP =
  /(?<![\d.,])\d{1,3}\.\d{3}(?![\d.])(?=\s*[\u0621-\u064A])(?!\s*(?:[وب]?(?:مليون|مليار|ملايين|مليارات|ترليون|تريليون|ألف|الف|آلاف)))/g;

/**
 * Indices of thousands separators inside numbers of `s` (digits already ASCII):
 * the Arabic separator ٬ between digits always; "," in 110,000 / 1,000,000;
 * "." with two or more groups (1.000.000), or before three zeros after two or three digits
 * (500.000), since "1.000" and "1.250" may be decimals.
 */
function groupingSeparatorIndices(s: string): Set<number> {
  const found = new Set<number>();
  const collect = (pattern: RegExp, separator: string): void => {
    for (const m of s.matchAll(pattern)) {
      for (let i = 0; i < m[0].length; i++) if (m[0][i] === separator) found.add(m.index + i);
    }
  };
  collect(/(?<=\d)\u066C(?=\d)/g, '\u066C');
  collect(/(?<![\d.,])\d{1,3}(?:,\d{3})+(?!\d|,\d)/g, ',');
  collect(/(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?!\d|\.\d)/g, '.');
  // "500.000": nobody writes 500 as a decimal with three zeros ("1.000" stays: it may be one)
  collect(/(?<![\d.,])\d{2,3}\.000(?!\d|\.\d)/g, '.');
  // one group before an Arabic noun that is no scale word ("6.112 آخرين", "702.480 طنا"): Arabic
  // copy counts people and things in thousands so ("3.599 مليون برميل" stays a decimal)
  collect(AR_ONE_GROUP, '.');
  return found;
}

/** Digits to ASCII, ٫ to ".", thousands separators inside numbers removed; nothing else changes. */
export function normalizeDigits(s: string): string {
  const ascii = asciiDigits(s).replace(/(?<=\d)\u066B(?=\d)/g, '.');
  const drop = groupingSeparatorIndices(ascii);
  if (drop.size === 0) return ascii;
  let out = '';
  for (let i = 0; i < ascii.length; i++) if (!drop.has(i)) out += ascii[i];
  return out;
}

/** Tashkeel, superscript alef, Quranic annotation marks and tatweel. */
const ARABIC_MARKS =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E4\u06E7\u06E8\u06EA-\u06ED\u08D3-\u08E1\u08E3-\u08FF\u0640]/g;

/** Removes Arabic diacritics and tatweel. */
export function stripArabicMarks(s: string): string {
  return s.replace(ARABIC_MARKS, '');
}

/** Zero-width joiners and bidi controls: invisible, they only break comparisons. */
const INVISIBLES = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u00AD]/g;

const LETTER_FOLDS: Record<string, string> = {
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0622': '\u0627', // آ
  '\u0671': '\u0627', // ٱ
  '\u0672': '\u0627',
  '\u0673': '\u0627',
  '\u0649': '\u064A', // ى
  '\u0629': '\u0647', // ة
  '\u0624': '\u0648', // ؤ
  '\u0626': '\u064A', // ئ
  '\u06CC': '\u064A', // Persian ی
  '\u06D2': '\u064A', // Urdu ے
  '\u06A9': '\u0643', // Persian ک
  '\u06AA': '\u0643',
  '\u06C1': '\u0647', // Urdu ہ
  '\u06BE': '\u0647', // ھ
  '\u06C0': '\u0647', // ۀ
  '\u06D5': '\u0647', // ە
};
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/** For matching only: no marks, one form per letter family, no invisible controls. */
export function foldArabic(s: string): string {
  return stripArabicMarks(s)
    .replace(INVISIBLES, '')
    .replace(FOLDABLE, (c) => LETTER_FOLDS[c] ?? c);
}

/** Hyphens, dashes, apostrophes and the like: separate words the same way a space does. */
const WORD_JOINERS = /[-\u2010-\u2015\u2212_'\u2018\u2019\u02BC\u02BB\u02BF\u02BE`\u00B4]/;

/**
 * Maps one source code point to its matching form: folded Arabic, ASCII digits, lower-case
 * Latin without diacritics; presentation forms and ligatures expanded (NFKD).
 */
function foldCodePoint(ch: string): string {
  const code = ch.charCodeAt(0);
  // Fast paths: ASCII letters/digits and plain Arabic letters need no decomposition.
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return ch;
  if (code >= 0x41 && code <= 0x5a) return ch.toLowerCase();
  if (code >= 0x0627 && code <= 0x064a && code !== 0x0629 && code !== 0x0640 && code !== 0x0649) return ch;
  // The rest (spaces, punctuation, marks, folded letters) is a few hundred distinct code points
  // read over and over: each is decomposed once.
  let folded = FOLDED.get(ch);
  if (folded === undefined) {
    folded = decompose(ch);
    FOLDED.set(ch, folded);
  }
  return folded;
}

const FOLDED = new Map<string, string>();

function decompose(ch: string): string {
  if (WORD_JOINERS.test(ch) || /\s/.test(ch)) return ' ';
  let out = '';
  for (const part of ch.normalize('NFKD')) {
    if (/\p{M}/u.test(part)) continue; // also drops the hamza/madda that NFKD splits off
    out += foldArabic(asciiDigits(part)).toLowerCase();
  }
  return out;
}

/** A normalised text and, for each of its UTF-16 units, the index in the source it came from. */
export interface MappedText {
  text: string;
  /** `sourceIndex[i]` is where `text[i]` starts in the source; one extra entry: the source length. */
  sourceIndex: number[];
}

/** `normalizeForMatch` that also keeps where each output unit came from (for highlighting matches). */
export function normalizeForMatchMapped(s: string): MappedText {
  const digits = asciiDigits(s).replace(/(?<=\d)\u066B(?=\d)/g, '.');
  const drop = groupingSeparatorIndices(digits);
  let text = '';
  const sourceIndex: number[] = [];
  let i = 0;
  let afterSpace = true; // no space at the start, none twice
  for (const ch of digits) {
    if (!drop.has(i)) {
      for (const unit of foldCodePoint(ch)) {
        if (unit === ' ' && afterSpace) continue;
        afterSpace = unit === ' ';
        text += unit;
        sourceIndex.push(i);
      }
    }
    i += ch.length;
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    sourceIndex.pop();
  }
  sourceIndex.push(s.length);
  return { text, sourceIndex };
}

/** Folded Arabic, ASCII digits without grouping, lower-case Latin without diacritics, single spaces. */
export const normalizeForMatch: (s: string) => string = memoByString(
  (s) => normalizeForMatchMapped(s).text,
  50_000,
);

/** Latin transliterations of the Arabic article, as a separate word ("al-Bab", "Deir ez-Zor"). */
const LATIN_ARTICLES = new Set([
  'al',
  'el',
  'il',
  'ul',
  'ad',
  'ed',
  'adh',
  'an',
  'en',
  'ar',
  'er',
  'as',
  'es',
  'ash',
  'esh',
  'at',
  'et',
  'ath',
  'az',
  'ez',
]);

/** Drops the article from one normalised word: "ال" glued on, "al" glued on; sun-letter forms only as whole words. */
function dropArticle(word: string, isLast: boolean): string {
  if (!isLast && LATIN_ARTICLES.has(word)) return '';
  if (word.startsWith('\u0627\u0644') && word.length > 3) return word.slice(2);
  if (/^al[a-z]{3,}$/.test(word)) return word.slice(2);
  return word;
}

/**
 * The key used to compare place names: normalised, each word without its article, no spaces.
 * "al-Bab", "Al Bab", "albab" and "الباب" (in its script) give the same key.
 */
export const matchKey: (name: string) => string = memoByString(matchKeyOf, 50_000);

function matchKeyOf(name: string): string {
  const words = normalizeForMatch(name)
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .split(' ')
    .filter((w) => w.length > 0);
  return words.map((w, i) => dropArticle(w, i === words.length - 1)).join('');
}
