// "killing both of them": "both" is itself a count, two.
import type { Token } from '../reading/tokens.js';

/**
 * "…carrying two shepherds in the desert, killing both of them", "wounding both": the two told
 * before, counted by "both" however far back they were named. The span ends after "of them" so that
 * nothing after it is read as the count. (Arabic says it with the dual: "مقتلهما", "كلاهما".)
 */
export function bothAt(tokens: readonly Token[], at: number): { value: number; next: number } | null {
  if (tokens[at]?.word !== 'both') return null;
  const ofThem = tokens[at + 1]?.word === 'of' && tokens[at + 2]?.word === 'them';
  return { value: 2, next: at + (ofThem ? 3 : 1) };
}
