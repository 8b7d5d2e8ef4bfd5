// "راعي أغنام قتل بانفجار لغم": the one person a clause opens with is the subject of its passive verb.
import { arabicNounCount } from '../casualties/casualty-phrase.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';
import { pastAgeAside } from './age-aside.js';

/**
 * A clause that opens with a person named in the singular, alone or with the one word he is "of"
 * ("مزارع قتل برصاص مجهولين", "راعي أغنام قتل بانفجار لغم", "صاحب محل أصيب بشظايا"), then a
 * singular casualty verb at token `cue`: one person was hit. Roundup items and headlines are written
 * so, the subject first; no "أن" or "كان" comes before it. His age may be told before the verb ("طفل
 * يبلغ من العمر 9 سنوات، فارق الحياة", "شاب (22 عاماً) أصيب": age-aside.ts), still that one person.
 */
export function oneAtClauseHead(tokens: readonly Token[], numbers: Numbers, cue: number): boolean {
  if (cue < 1 || arabicNounCount(tokens[0]!.word) !== 1) return false;
  const heads = tokens[1] && !numbers.has(tokens[1].start) ? [1, 2] : [1];
  return heads.some((end) => pastAgeAside(tokens, numbers, end) === cue);
}
