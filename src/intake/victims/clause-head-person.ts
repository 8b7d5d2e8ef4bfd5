// "راعي أغنام قتل بانفجار لغم": the one person a clause opens with is the subject of its passive verb.
import { arabicNounCount } from '../casualties/casualty-phrase.js';
import type { Token } from '../reading/tokens.js';

/**
 * A clause that opens with a person named in the singular, alone or with the one word he is "of"
 * ("مزارع قتل برصاص مجهولين", "راعي أغنام قتل بانفجار لغم", "صاحب محل أصيب بشظايا"), then a
 * singular casualty verb at token `cue`: one person was hit. Roundup items and headlines are written
 * so, the subject first; no "أن" or "كان" comes before it.
 */
export function oneAtClauseHead(
  tokens: readonly Token[],
  cue: number,
  isNumber: (t: Token) => boolean,
): boolean {
  if (cue < 1 || cue > 2) return false;
  if (arabicNounCount(tokens[0]!.word) !== 1) return false;
  return cue === 1 || !isNumber(tokens[1]!);
}
