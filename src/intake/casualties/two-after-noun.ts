// "ومنتسبين اثنين": the number two after a noun whose dual and plural are spelled alike.
import { normalizeForMatch } from '../../text/normalize.js';
import { SOUND_PLURAL } from './casualty-words.js';
import type { Numbers, Span2 } from '../reading/count.js';
import { withoutArabicClitic, type Token } from '../reading/tokens.js';

const TWO_WORDS = new Set(['اثنين', 'اثنان', 'اثنتين', 'اثنتان'].map(normalizeForMatch));
const AMBIGUOUS = [...SOUND_PLURAL].map((stem) => `${stem}ين`);

/**
 * Arabic puts "two" after its noun, as an adjective: "ضابط ومنتسبين اثنين" is an officer and two
 * members, though "منتسبين" alone may be a plural of any size ("an officer and two members" in
 * English carries the number before). The noun at i with the number word two right after it counts
 * two; null where the word is not such a noun or no "two" follows.
 */
export function twoAfterNoun(
  tokens: readonly Token[],
  numbers: Numbers,
  i: number,
): { value: Span2; next: number } | null {
  const two = tokens[i + 1];
  if (!two || !TWO_WORDS.has(two.word) || !numbers.has(two.start)) return null;
  const forms = withoutArabicClitic(tokens[i]?.word ?? '');
  if (!forms.some((w) => AMBIGUOUS.includes(w))) return null;
  return { value: { low: 2, high: 2 }, next: i + 2 };
}
