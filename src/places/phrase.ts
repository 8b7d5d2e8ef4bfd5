import {
  AREA_NOUNS,
  DESIGNATORS_AFTER,
  DESIGNATORS_BEFORE,
  LOCATIVE_WORDS,
  PHRASE_WORDS,
  RELATIVE_WORDS,
  SPOT_NOUNS,
  brokenBetween,
  tokenAt,
} from './place-words.js';
import { arabicReadings, isCapitalised, isIn, isLatinArticleWord, wordForms, type Token } from './tokens.js';

export interface RelativePhrase {
  /** Index of the phrase's first token. */
  start: number;
  /** "between"/"بين" in it: the phrase runs on to the next place ("the road between Qaim and Rawa"). */
  between: boolean;
}

const MAX_SPOT_NAME_WORDS = 4;

/**
 * Where the spot noun stands when the tokens ending at `last` are the spot's own name, one the
 * gazetteer does not know ("the village of Zarqawiyat", "قرية الزرقاويات"): the name is kept in the
 * place's text, never dropped or matched to a known place. English names are capitalised words
 * (and the article: "Tal Zarqa al-Kabir") after "village (of)"; an Arabic name is the one word
 * after the noun. undefined: no such name.
 */
function spotNamed(sentence: string, tokens: readonly Token[], last: number): number | undefined {
  const maxWords = tokens[last]?.arabic === true ? 1 : MAX_SPOT_NAME_WORDS;
  for (let first = last; first > last - maxWords && first > 0; first--) {
    const word = tokens[first]!;
    if (!word.arabic && !isCapitalised(sentence, word) && !isLatinArticleWord(word.norm)) return undefined;
    if (brokenBetween(sentence, tokens[first - 1]!, word)) return undefined;
    const before = first - 1;
    const of = tokens[before]?.norm === 'of' ? before - 1 : before;
    if (of !== before && of >= 0 && brokenBetween(sentence, tokens[of]!, tokens[before]!)) return undefined;
    if (isIn(SPOT_NOUNS, tokens[of])) return of;
    if (word.arabic) return undefined;
  }
  return undefined;
}

/**
 * The relative phrase in front of the name at token `first` ("a village near the town of",
 * "قرية شمال محافظة"), or undefined when the name stands for the place itself ("صحراء قضاء الرطبة").
 */
export function relativePhrase(
  sentence: string,
  tokens: readonly Token[],
  first: number,
): RelativePhrase | undefined {
  let start: number | undefined;
  let between = false;
  for (let j = first - 1; j >= 0 && first - j <= 8; j--) {
    const token = tokens[j];
    const right = tokens[j + 1];
    if (token === undefined || right === undefined || brokenBetween(sentence, token, right)) break;
    if (wordForms(token).some((w) => w === 'between' || w === 'بين')) between = true;
    if (isIn(RELATIVE_WORDS, token) || isIn(SPOT_NOUNS, token)) start = j;
    else if (isIn(AREA_NOUNS, token)) start = start === undefined ? undefined : j;
    else if (!isIn(PHRASE_WORDS, token) && !/^\d+$/.test(token.norm)) {
      const spot = start === undefined ? undefined : spotNamed(sentence, tokens, j);
      if (spot === undefined) break;
      start = spot;
      j = spot;
    }
  }
  return start === undefined ? undefined : { start, between };
}

/** The countries whose possessive ("Iraq's") may stand before one of their places. */
const COUNTRY_OWNERS = new Set(['iraq', 'syria']);

/** Whether token `at` is the "s" of a country's possessive, glued to it by an apostrophe: "Iraq's". */
function countryPossessive(sentence: string, tokens: readonly Token[], at: number): boolean {
  const owner = tokens[at - 1];
  const s = tokens[at];
  return (
    s?.norm === 's' &&
    owner !== undefined &&
    COUNTRY_OWNERS.has(owner.norm) &&
    /^['’]$/u.test(sentence.slice(owner.end, s.start))
  );
}

/** Whether the name at token `first` is introduced as the location: في، بـ، in, near, north of… */
export function hasLocativeCue(sentence: string, tokens: readonly Token[], first: number): boolean {
  for (let j = first - 1; j >= 0 && first - j <= 4; j--) {
    const token = tokens[j];
    const right = tokens[j + 1];
    if (token === undefined || right === undefined || brokenBetween(sentence, token, right)) return false;
    if (isIn(LOCATIVE_WORDS, token)) return true;
    // "in Iraq's Salaheddin province", "in Syria's Idlib province": the country that owns the name
    // stands between the preposition and it
    if (countryPossessive(sentence, tokens, j)) {
      j--;
      continue;
    }
    const designator = isIn(DESIGNATORS_BEFORE, token) || isIn(PHRASE_WORDS, token);
    // "بمحافظة الأنبار": the preposition is glued to the designator.
    if (designator && token.arabic && arabicReadings(token.norm, true).some((r) => r.clitic.includes('ب')))
      return true;
    if (!designator) return false;
  }
  return false;
}

/** Where a designator starts once a glued preposition is left out ("لناحية" → "ناحية"). */
function withoutClitic(token: Token): number {
  if (!token.arabic) return token.start;
  const reading = arabicReadings(token.norm, true).find(
    (r) => DESIGNATORS_BEFORE.has(r.core) && r.clitic !== '',
  );
  return reading === undefined ? token.start : (token.unitStarts[reading.cliticLength] ?? token.start);
}

/**
 * The sentence's words from `from` to `to`, widened to the designators around them when asked
 * ("قضاء الحويجة", "eastern Deir ez-Zor countryside").
 */
export function placeText(
  sentence: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  widenBack: boolean,
): string {
  const firstWord = tokenAt(tokens, from);
  let first = firstWord;
  let last = tokenAt(tokens, to - 1);
  for (let n = 0; widenBack && n < 2; n++) {
    const before = tokens[first - 1];
    const current = tokens[first];
    if (
      before === undefined ||
      current === undefined ||
      brokenBetween(sentence, before, current) ||
      !isIn(DESIGNATORS_BEFORE, before)
    )
      break;
    first -= 1;
  }
  for (let n = 0; n < 2; n++) {
    const after = tokens[last + 1];
    const current = tokens[last];
    if (
      after === undefined ||
      current === undefined ||
      brokenBetween(sentence, current, after) ||
      !DESIGNATORS_AFTER.has(after.norm)
    )
      break;
    last += 1;
  }
  const start = first < firstWord ? withoutClitic(tokens[first]!) : from;
  const end = Math.max(tokens[last]?.end ?? to, to);
  return sentence.slice(start, end);
}
