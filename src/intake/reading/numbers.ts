import {
  AR_APPROXIMATE,
  AR_HUNDREDS,
  AR_MULTIPLIERS,
  AR_TENS,
  AR_UNITS,
  EN_APPROXIMATE,
  EN_MULTIPLIERS,
  EN_SMALL,
  EN_TENS,
} from './number-words.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { teenOfOrdinal } from './ordinal-teen.js';
import { tokenize, withoutArabicClitic, type Token } from './tokens.js';
import type { NumberMention } from './types.js';
import type { MatchView } from './view.js';
import { memoByObject } from '../../text/memo.js';
import { clockTimeDigits } from './clock-time.js';

/** The qualifier right before a number, in either language (Arabic articles quote English and the other way round). */
const APPROX_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:[بلو]?(?:${AR_APPROXIMATE.join('|')})|${EN_APPROXIMATE.join('|')})\\s*$`,
  'u',
);
/** Plural multipliers mean "thousands of", not a number, when nothing counts them. */
const BARE_PLURAL_MULTIPLIERS = new Set(
  ['آلاف', 'ألوف', 'ملايين', 'مليارات', 'تريليونات', 'ترليونات'].map(normalizeForMatch),
);
const HUNDRED = new Set(['مئة', 'مائة'].map(normalizeForMatch));
const TEEN = new Set(['عشر', 'عشرة'].map(normalizeForMatch));

interface Parsed {
  value: number;
  /** Index of the first token after the number. */
  next: number;
  digits: boolean;
}

// several readers of a clause ask for its numbers (casualties, events, actors): they are read once
// per view (views are made once per text: view.ts), and never changed
/**
 * Numbers of a matched text: digits ("110000", "10.2"), digits with a multiplier word ("10 آلاف",
 * "41 مليون", "10.2 million"), Arabic number words (units with either gender, duals, teens,
 * "خمسة وعشرين", hundreds, "ثلاثة آلاف") and English ones ("twenty one", "nine"). Offsets are in the
 * matched text; `text` quotes the source.
 */
export const findNumbers: (view: MatchView) => readonly NumberMention[] = memoByObject(numbersOf);

function numbersOf(view: MatchView): NumberMention[] {
  const tokens = tokenize(view.text);
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length;) {
    const parsed = parseAt(tokens, i);
    if (!parsed) {
      i++;
      continue;
    }
    const first = tokens[i] as Token;
    const last = tokens[parsed.next - 1] as Token;
    // "في السابعة والثانية عشرة من العمر": the ten of a teen ordinal counts nothing
    if (parsed.next === i + 1 && TEEN.has(first.word) && teenOfOrdinal(tokens, i)) {
      i = parsed.next;
      continue;
    }
    // "F-16", "Su-24", "COVID-19": a model or a name, not a number
    if (parsed.digits && DESIGNATION.test(view.sourceSpan(Math.max(0, first.start - 2), first.start).text)) {
      i = parsed.next;
      continue;
    }
    // "(10:40 P.M.)": a clock's hours or minutes, no count (clock-time.ts)
    if (parsed.digits && clockTimeDigits(view.text, first.start, last.end)) {
      i = parsed.next;
      continue;
    }
    const span = view.sourceSpan(first.start, last.end);
    // a currency sign may stand between "about" and the number: "about $7.6 billion"
    const from = Math.max(0, first.start - 24);
    const before = view.text.slice(from, first.start).replace(/[$€£]\s*$/u, '');
    const qualifier = APPROX_BEFORE.exec(before);
    out.push({
      value: parsed.value,
      approximate: qualifier !== null,
      qualifierStart: qualifier === null ? null : from + qualifier.index,
      digits: parsed.digits,
      start: first.start,
      end: last.end,
      text: span.text,
    });
    i = parsed.next;
  }
  return joinedScales(view, out);
}

/** The unit of a scale word ending a number ("مليونا", "مليارات", "آلاف"), by its normalized stem. */
const SCALE_UNITS: readonly [RegExp, number][] = [
  // "تريليوناً و300 مليار دينار": a trillion and billions, one sum
  [/^(?:تريليون|تريليونا|تريليونين|تريليونان|تريليونات|ترليون|ترليونا|ترليونين|ترليونان|ترليونات)$/u, 1e12],
  [/^(?:مليار|ملياري|ملياران|مليارين|مليارا|مليارات)$/u, 1e9],
  [/^(?:مليون|مليونا|مليونين|مليونان|ملايين)$/u, 1e6],
  [/^(?:الف|الفا|الفين|الفان|الاف)$/u, 1e3],
];

const AND_HALF = /^\s*و\s*نصف(?:\s+ال(?:مليون|مليار|الف))?(?![\p{L}])/u;

function scaleUnit(text: string): number | null {
  const last = normalizeForMatch(text).split(/\s+/u).pop() ?? '';
  return SCALE_UNITS.find(([pattern]) => pattern.test(last))?.[1] ?? null;
}

/**
 * "111 مليونا و560 ألف برميل", "5 مليارات و920 مليون دولار", "مليونين و900 ألف": Arabic writes a large
 * number as its scales joined by "و"; each part below the unit of the one before adds to it — one
 * number, not two.
 */
function joinedScales(view: MatchView, numbers: NumberMention[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (const n of numbers) {
    // "مليون ونصف المليون دينار", "ثلاثة ملايين ونصف": and half of its unit
    const unitOfN = scaleUnit(n.text);
    const half = unitOfN === null ? null : AND_HALF.exec(view.text.slice(n.end));
    if (unitOfN !== null && half) {
      const end = n.end + half[0].length;
      out.push({ ...n, value: n.value + unitOfN / 2, end, text: view.sourceSpan(n.start, end).text });
      continue;
    }
    const prev = out[out.length - 1];
    const unit = prev ? scaleUnit(prev.text) : null;
    if (
      prev &&
      unit !== null &&
      n.value > 0 &&
      n.value < unit &&
      // the "و" between them, or glued to the words of the second ("مليونين ومئتي ألف")
      (/^\s*و\s*$/u.test(view.text.slice(prev.end, n.start)) ||
        (/^\s*$/u.test(view.text.slice(prev.end, n.start)) && view.text.slice(n.start).startsWith('و')))
    ) {
      out[out.length - 1] = {
        ...prev,
        value: prev.value + n.value,
        end: n.end,
        text: view.sourceSpan(prev.start, n.end).text,
      };
      continue;
    }
    out.push(n);
  }
  return out;
}

/** Letters glued by a hyphen before digits: a designation ("F-16", "MiG-29"). */
const DESIGNATION = /[\p{L}]-$/u;
const HALF = new Set(['half', normalizeForMatch('نصف')]);

function parseAt(tokens: readonly Token[], i: number): Parsed | null {
  const word = tokens[i]?.word ?? '';
  if (/^\d/.test(word)) return withMultiplier(tokens, i + 1, Number(word), true);
  if (HALF.has(word)) return half(tokens, i);
  // "nearly a million people": one of a large multiplier
  if (word === 'a' && (EN_MULTIPLIERS[tokens[i + 1]?.word ?? ''] ?? 0) >= 1e6)
    return withMultiplier(tokens, i + 1, 1, false);
  return parseArabicWords(tokens, i) ?? parseEnglishWords(tokens, i);
}

/** "half a million", "نصف مليون": half of a multiplier word; "half a dozen": six. */
function half(tokens: readonly Token[], i: number): Parsed | null {
  const next = tokens[i + 1]?.word === 'a' ? i + 2 : i + 1;
  const word = tokens[next]?.word ?? '';
  if (word === 'dozen' && next === i + 2) return { value: 6, next: next + 1, digits: false };
  const factor = EN_MULTIPLIERS[word] ?? AR_MULTIPLIERS[word]?.factor;
  if (factor === undefined || factor < 1e3 || word.length < 3 || AR_MULTIPLIERS[word]?.dual) return null;
  return { value: factor / 2, next: next + 1, digits: false };
}

/** A decimal times its scale word, without the binary fraction's dust ("16.1 million" is 16,100,000). */
const scaled = (value: number, factor: number): number => Number((value * factor).toPrecision(15));

function withMultiplier(tokens: readonly Token[], next: number, value: number, digits: boolean): Parsed {
  const word = tokens[next]?.word;
  if (word !== undefined) {
    const ar = AR_MULTIPLIERS[word];
    if (ar && !ar.dual) return { value: scaled(value, ar.factor), next: next + 1, digits };
    const en = EN_MULTIPLIERS[word];
    if (en) return withMultiplier(tokens, next + 1, scaled(value, en), digits);
  }
  return { value, next, digits };
}

/** The value of one Arabic word and its kind, looking through a glued و/ب/ل. */
function arabicWord(
  word: string | undefined,
  allowClitic: boolean,
): { value: number; kind: 'unit' | 'ten' | 'hundred' } | null {
  if (word === undefined) return null;
  const forms = allowClitic ? withoutArabicClitic(word) : [word];
  for (const form of forms) {
    if (AR_UNITS[form] !== undefined) return { value: AR_UNITS[form], kind: 'unit' };
    if (AR_TENS[form] !== undefined) return { value: AR_TENS[form], kind: 'ten' };
    if (AR_HUNDREDS[form] !== undefined) return { value: AR_HUNDREDS[form], kind: 'hundred' };
  }
  return null;
}

function parseArabicWords(tokens: readonly Token[], i: number): Parsed | null {
  const first = tokens[i]?.word;
  if (first === undefined) return null;
  for (const form of withoutArabicClitic(first)) {
    const multiplier = AR_MULTIPLIERS[form];
    if (!multiplier) continue;
    if (BARE_PLURAL_MULTIPLIERS.has(form)) return null;
    // with no number before it and its noun right after, "مليونا دونم", "مليارا دولار" is the dual
    // ("مليوناً و412 ألف فحص" is one million, and more)
    const after = tokens[i + 1];
    const beforeNoun =
      !!after && after.start === tokens[i]!.end + 1 && !after.word.startsWith('و') && !/^\d/.test(after.word);
    const dual = multiplier.dual || (multiplier.factor >= 1e6 && form.endsWith('ا') && beforeNoun);
    return { value: (dual ? 2 : 1) * multiplier.factor, next: i + 1, digits: false };
  }
  const head = arabicWord(first, true);
  if (!head) return null;
  let value = head.value;
  let next = i + 1;
  // "ثلاث مئة"
  if (head.kind === 'unit' && HUNDRED.has(tokens[next]?.word ?? '')) {
    value *= 100;
    next++;
  } else if (head.kind === 'unit' && TEEN.has(tokens[next]?.word ?? '') && value < 10) {
    value += 10;
    next++;
  }
  // "خمسة وعشرين", "مئة وخمسون", "مئة وخمسة وعشرون"; the tens come last, so a number ends at its
  // tens word: "ما بين عشرين وخمسة وعشرين" is 20 to 25, not 45 ("between twenty and twenty-five")
  for (let kind = head.kind; kind !== 'ten';) {
    const word = tokens[next]?.word;
    if (!word?.startsWith('و')) break;
    const part = arabicWord(word.slice(1), false);
    const unitThenTens = value < 10 && part?.kind === 'ten';
    if (!part || (part.value >= value && !unitThenTens)) break;
    // only tens follow a unit or a teen: "ما بين عشرة وخمسة عشر" is ten to fifteen, not 25
    if (kind === 'unit' && part.kind !== 'ten') break;
    value += part.value;
    kind = part.kind;
    next++;
    if (part.kind === 'unit' && TEEN.has(tokens[next]?.word ?? '')) {
      value += 10;
      next++;
    }
  }
  return withMultiplier(tokens, next, value, false);
}

function parseEnglishWords(tokens: readonly Token[], i: number): Parsed | null {
  let value = 0;
  let current = 0;
  let next = i;
  // what the last word was: a unit or a teen ends the number ("six, two of them" is six, then two),
  // only a tens word takes a unit after it ("twenty one")
  let last: 'none' | 'unit' | 'ten' | 'multiplier' = 'none';
  for (;;) {
    const word = tokens[next]?.word;
    if (word === undefined) break;
    // "two dozen": a dozen counted
    if (word === 'dozen' && last === 'unit' && current > 0 && current < 12) {
      current *= 12;
      last = 'multiplier';
      next++;
      continue;
    }
    const unit = EN_SMALL[word];
    const ten = EN_TENS[word];
    if (unit !== undefined && (last === 'none' || last === 'multiplier' || (last === 'ten' && unit < 10))) {
      current += unit;
      last = 'unit';
      next++;
      continue;
    }
    if (ten !== undefined && (last === 'none' || last === 'multiplier')) {
      current += ten;
      last = 'ten';
      next++;
      continue;
    }
    if (unit !== undefined || ten !== undefined) break;
    const factor = EN_MULTIPLIERS[word];
    if (factor !== undefined && current > 0 && word.length > 2) {
      current *= factor;
      if (factor >= 1e3) {
        value += current;
        current = 0;
      }
      last = 'multiplier';
      next++;
      continue;
    }
    if (
      word === 'and' &&
      current > 0 &&
      EN_SMALL[tokens[next + 1]?.word ?? ''] !== undefined &&
      factorBefore(tokens, next)
    ) {
      next++;
      continue;
    }
    break;
  }
  if (next === i) return null;
  return { value: value + current, next, digits: false };
}

function factorBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.word ?? '';
  return prev === 'hundred' || prev === 'thousand';
}
