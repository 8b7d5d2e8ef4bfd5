// "أن منتسباً في الشرطة الاتحادية استشهد", "عنصر في قوات سوريا الديمقراطية قُتل برصاص مسلحين": one
// person named with the force or group he belonged to, then a singular casualty verb: one was hit.
import { arabicNounCount } from '../casualties/casualty-phrase.js';
import { QUALIFIER_START, THAT } from '../casualties/casualty-words.js';
import type { Token } from '../reading/tokens.js';

/** Words the group's name ("الشرطة الاتحادية", "قوات سوريا الديمقراطية") may run. */
const MAX_GROUP_WORDS = 4;

/**
 * The subject at token `start`, where the clause opens or "أن" does, is one person in the singular
 * followed by "في"/"من" and the name of his group, right up to the verb at `cue`. The group's name
 * holds no number ("عنصر من 3 عناصر" is not one person).
 */
export function memberBeforeVerb(
  tokens: readonly Token[],
  start: number,
  cue: number,
  isNumber: (t: Token) => boolean,
): boolean {
  const groupWords = cue - start - 2;
  if (groupWords < 1 || groupWords > MAX_GROUP_WORDS) return false;
  if (start > 0 && !THAT.has(tokens[start - 1]!.word)) return false;
  if (arabicNounCount(tokens[start]?.word ?? '') !== 1) return false;
  if (!QUALIFIER_START.has(tokens[start + 1]?.word ?? '')) return false;
  return tokens.slice(start + 2, cue).every((t) => !isNumber(t));
}
