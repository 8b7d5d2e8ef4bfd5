// "استشهاد طالبة (١٤ عاماً) ورجل مسن": an age told in passing after one of those counted.
import { normalizeForMatch } from '../../text/normalize.js';
import type { Numbers } from '../reading/count.js';
import { AND_AR, type Token } from '../reading/tokens.js';

const YEARS = new Set(['عاما', 'عام', 'سنة', 'سنوات', 'أعوام'].map(normalizeForMatch));

/** Digits that are no count (set aside as an age already: casualties.ts). */
const uncounted = (t: Token | undefined, numbers: Numbers): boolean =>
  !!t && /^\d/u.test(t.word) && !numbers.has(t.start);

/**
 * "البالغة من العمر", "البالغين من العمر", or the verb "يبلغ من العمر" ("طفل يبلغ من العمر 9 سنوات"):
 * the words that lead an age spelled out after a person.
 */
const AGED = new Set(
  [
    'البالغ',
    'البالغة',
    'البالغين',
    'البالغان',
    'البالغتين',
    'البالغتان',
    'يبلغ',
    'تبلغ',
    'يبلغان',
    'تبلغان',
  ].map(normalizeForMatch),
);
const OF_AGE = [normalizeForMatch('من'), normalizeForMatch('العمر')];

/** The index past "البالغة من العمر" at `at` (the age's digits follow), else `at`. */
function pastAgedLead(tokens: readonly Token[], at: number): number {
  const lead = AGED.has(tokens[at]?.word ?? '');
  return lead && OF_AGE.every((w, i) => tokens[at + 1 + i]?.word === w) ? at + 1 + OF_AGE.length : at;
}

/**
 * The index past an age told right after a person ("طالبة (14 عاما)", "طفلين (8 و11 عاما)",
 * "وابنته البالغة من العمر 11 عاماً") at token `from`, else `from`: the next one joined by "و" after
 * it is counted with the first (two), where the age would otherwise end the list.
 */
export function pastAgeAside(tokens: readonly Token[], numbers: Numbers, from: number): number {
  const at = pastAgedLead(tokens, from);
  if (!uncounted(tokens[at], numbers)) return from;
  let next = at + 1;
  if (tokens[next]?.word === AND_AR && uncounted(tokens[next + 1], numbers)) next += 2;
  return YEARS.has(tokens[next]?.word ?? '') ? next + 1 : from;
}

/**
 * How many words an age told right before token `cue` takes ("نجل المختار، البالغ من العمر 14
 * عاماً، أصيب": five), else 0: words the verb's subject stands further back by.
 */
export function ageAsideBefore(tokens: readonly Token[], numbers: Numbers, cue: number): number {
  // (the longest: "البالغ من العمر 8 و11 عاما", seven words)
  for (let from = Math.max(0, cue - 7); from < cue; from++)
    if (pastAgeAside(tokens, numbers, from) === cue) return cue - from;
  return 0;
}
