// "استشهاد طالبة (١٤ عاماً) ورجل مسن": an age told in passing after one of those counted.
import { normalizeForMatch } from '../../text/normalize.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';

const AND = normalizeForMatch('و');
const YEARS = new Set(['عاما', 'عام', 'سنة', 'سنوات', 'أعوام'].map(normalizeForMatch));

/** Digits that are no count (set aside as an age already: casualties.ts). */
const uncounted = (t: Token | undefined, numbers: Numbers): boolean =>
  !!t && /^\d/u.test(t.word) && !numbers.has(t.start);

/**
 * The index past an age told right after a person ("طالبة (14 عاما)", "طفلين (8 و11 عاما)") at
 * token `at`, else `at`: the next one joined by "و" after it is counted with the first (two), where
 * the age would otherwise end the list.
 */
export function pastAgeAside(tokens: readonly Token[], numbers: Numbers, at: number): number {
  if (!uncounted(tokens[at], numbers)) return at;
  let next = at + 1;
  if (tokens[next]?.word === AND && uncounted(tokens[next + 1], numbers)) next += 2;
  return YEARS.has(tokens[next]?.word ?? '') ? next + 1 : at;
}
