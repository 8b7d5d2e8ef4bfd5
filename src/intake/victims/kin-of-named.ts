// "أن زوجة المزارع أصيبت": one person, named as someone's by a noun in construct, then the verb.
import { arabicNounCount } from '../casualties/casualty-phrase.js';
import { THAT } from '../casualties/casualty-words.js';
import type { Token } from '../reading/tokens.js';

/**
 * After "أن"/"إن", a noun of one person in construct with a definite one right before the passive
 * verb ("مضيفاً أن زوجة المزارع أصيبت هي الأخرى", "وأضاف أن شقيق المختار أصيب"): the one hit is the
 * first noun, one person (the second is whose he or she is, named before), as "أن جندياً أصيب" is.
 */
export function kinOfNamedBefore(tokens: readonly Token[], start: number, cue: number): boolean {
  if (start !== cue - 2 || !THAT.has(tokens[start - 1]?.word ?? '')) return false;
  const noun = tokens[start]?.word ?? '';
  const owner = tokens[start + 1]?.word ?? '';
  return !noun.startsWith('ال') && owner.startsWith('ال') && arabicNounCount(noun) === 1;
}
