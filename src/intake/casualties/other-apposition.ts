// "قتل طفلان وسيدة أخرى ورجلان", "وإصابة مقاتل رابع ومدنيين اثنين": "another" or an ordinal ("a
// fourth") told of the person just counted, then the next one joined.
import { normalizeForMatch } from '../../text/normalize.js';
import type { Token } from '../reading/tokens.js';

/**
 * "another" as an adjective after its noun, in each gender and number: "امرأة أخرى", "رجلان آخران";
 * and the ordinals that tell one more the same way: "جندي ثالث", "مقاتلة رابعة" (a third, a fourth).
 */
const OTHER = new Set(
  [
    ...['آخر', 'أخرى', 'آخران', 'آخرين', 'أخريان', 'أخريين', 'آخرون', 'أخريات'],
    ...['ثان', 'ثانية', 'ثالث', 'ثالثة', 'رابع', 'رابعة', 'خامس', 'خامسة', 'سادس', 'سادسة'],
  ].map(normalizeForMatch),
);

/**
 * The index past an "another" or an ordinal that describes the person counted right before it ("وسيدة أخرى", "ومدني
 * آخر"), else `at`: the one joined after it by "و" ("ورجلان") is counted with them, where the
 * adjective would otherwise end the list. `count`: how many a person noun counts on its own.
 */
export function pastOtherApposition(
  tokens: readonly Token[],
  at: number,
  count: (word: string) => number | null,
): number {
  if (!OTHER.has(tokens[at]?.word ?? '')) return at;
  return count(tokens[at - 1]?.word ?? '') === null ? at : at + 1;
}
