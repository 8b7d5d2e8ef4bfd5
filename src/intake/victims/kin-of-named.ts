// "أن زوجة المزارع أصيبت": one person, named as someone's by a noun in construct, then the verb.
import { arabicNounCount } from '../casualties/casualty-phrase.js';
import { ONE_OF, THAT } from '../casualties/casualty-words.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';
import { pastAgeAside } from './age-aside.js';

/**
 * After "أن"/"إن", a noun of one person in construct with a definite one right before the passive
 * verb ("مضيفاً أن زوجة المزارع أصيبت هي الأخرى", "وأضاف أن شقيق المختار أصيب"): the one hit is the
 * first noun, one person (the second is whose he or she is, named before), as "أن جندياً أصيب" is.
 * The owner may be one of the victims ("أن نجل أحد الضحايا أصيب"), and the kin's age may stand
 * before the verb ("أن نجل المختار، البالغ من العمر 16 عاماً، أصيب": age-aside.ts).
 */
export function kinOfNamedBefore(
  tokens: readonly Token[],
  numbers: Numbers,
  start: number,
  cue: number,
): boolean {
  if (!THAT.has(tokens[start - 1]?.word ?? '')) return false;
  const noun = tokens[start]?.word ?? '';
  const oneOf = ONE_OF.has(tokens[start + 1]?.word ?? '');
  const owner = tokens[oneOf ? start + 2 : start + 1]?.word ?? '';
  const end = oneOf ? start + 3 : start + 2;
  return (
    (end === cue || pastAgeAside(tokens, numbers, end) === cue) &&
    !noun.startsWith('ال') &&
    owner.startsWith('ال') &&
    arabicNounCount(noun) === 1
  );
}
