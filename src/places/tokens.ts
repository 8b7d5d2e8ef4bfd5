import { normalizeForMatchMapped, type MappedText } from '../text/normalize.js';

/** One word of a sentence in its matching form, with where it sits in the sentence as given. */
export interface Token {
  /** Normalised form (folded Arabic, lower-case Latin). */
  norm: string;
  arabic: boolean;
  /** UTF-16 offsets in the original sentence. */
  start: number;
  end: number;
  /** Offsets in the original sentence of each unit of `norm` (for trimming a clitic off the front). */
  unitStarts: number[];
}

const ARABIC_LETTER = /[\u0600-\u06FF]/;
const TRAILING_MARK = /[\p{M}\u0640]/u;

/** Splits a sentence into letter/digit runs of its normalised form, keeping original offsets. */
export function tokenize(sentence: string, mapped: MappedText = normalizeForMatchMapped(sentence)): Token[] {
  const { text, sourceIndex } = mapped;
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const nStart = m.index;
    const nEnd = nStart + m[0].length;
    const start = sourceIndex[nStart] ?? 0;
    let end = (sourceIndex[nEnd - 1] ?? start) + 1;
    if (/[\uDC00-\uDFFF]/.test(sentence[end] ?? '')) end += 1;
    while (end < sentence.length && TRAILING_MARK.test(sentence[end] ?? '')) end += 1;
    tokens.push({
      norm: m[0],
      arabic: ARABIC_LETTER.test(m[0]),
      start,
      end,
      unitStarts: sourceIndex.slice(nStart, nEnd),
    });
  }
  return tokens;
}

/** A reading of an Arabic word: its core (no clitic, no article) and what was in front of it. */
export interface ArabicReading {
  core: string;
  article: boolean;
  /** The proclitics before the core: "", "و", "ب", "وب"… */
  clitic: string;
  /** Units of the token before the name as written ("للموصل" keeps its لل: the name starts at the first ل). */
  cliticLength: number;
}

const PROCLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];
const ARTICLE = 'ال';

/** A folded Arabic word without its article, if it has one ("الموصل" → موصل); no clitic is read off. */
export function splitArticle(word: string): { core: string; article: boolean } {
  return word.startsWith(ARTICLE) && word.length >= 4
    ? { core: word.slice(ARTICLE.length), article: true }
    : { core: word, article: false };
}

/** Every way to read an Arabic word as [conjunction][preposition][article]core. */
export function arabicReadings(word: string, withClitics: boolean): ArabicReading[] {
  const readings: ArabicReading[] = [];
  for (const clitic of withClitics ? PROCLITICS : ['']) {
    if (!word.startsWith(clitic)) continue;
    const rest = word.slice(clitic.length);
    const bare = splitArticle(rest);
    if (bare.article) readings.push({ ...bare, clitic, cliticLength: clitic.length });
    // ل + ال is written لل: the preposition swallows the article's alif ("للموصل").
    if (clitic.endsWith('ل') && rest.startsWith('ل') && rest.length >= 3) {
      readings.push({ core: rest.slice(1), article: true, clitic, cliticLength: clitic.length - 1 });
    }
    if (rest.length >= 2) readings.push({ core: rest, article: false, clitic, cliticLength: clitic.length });
  }
  return readings;
}

/** Latin renderings of the Arabic article as a separate word. */
const LATIN_ARTICLES = new Set(['al', 'el']);
/** The article assimilated to a sun letter ("ash-Shaddadi", "Deir ez-Zor"); also English words. */
const SUN_LETTER_ARTICLES = new Set([
  'ad',
  'adh',
  'an',
  'ar',
  'as',
  'ash',
  'at',
  'ath',
  'az',
  'ed',
  'en',
  'er',
  'es',
  'esh',
  'et',
  'ez',
]);

/** Whether a normalised Latin word is a spelling of the Arabic article, in any context. */
export function isLatinArticleWord(word: string): boolean {
  return LATIN_ARTICLES.has(word) || SUN_LETTER_ARTICLES.has(word);
}

/**
 * Whether a Latin token is the Arabic article: "al"/"el" always; "as", "at", "an"… (also English
 * words) only when hyphenated to the next word ("ash-Shaddadi") or capitalised before a capitalised word.
 */
export function isLatinArticle(tokens: readonly Token[], index: number, sentence: string): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  if (token === undefined || token.arabic || next === undefined) return false;
  if (LATIN_ARTICLES.has(token.norm)) return true;
  if (!SUN_LETTER_ARTICLES.has(token.norm)) return false;
  const between = sentence.slice(token.end, next.start);
  if (/^[-\u2010-\u2015'’]$/.test(between)) return true;
  return isCapitalised(sentence, token) && isCapitalised(sentence, next) && between === ' ';
}

export function isCapitalised(sentence: string, token: Token): boolean {
  const first = sentence[token.start] ?? '';
  return first !== first.toLowerCase();
}

/** The forms of a token to look up in word lists: Latin as is; Arabic also without clitics and article. */
export function wordForms(token: Token): string[] {
  if (!token.arabic) return [token.norm];
  return [token.norm, ...arabicReadings(token.norm, true).map((r) => r.core)];
}

/** Whether the token, in any of its forms, is one of the words of `set`. */
export function isIn(set: ReadonlySet<string>, token: Token | undefined): boolean {
  return token !== undefined && wordForms(token).some((w) => set.has(w));
}
