// Two people told by a dual noun in the construct state, its ن dropped before what they were of.
import { normalizeForMatch } from '../../text/normalize.js';
import { POSSESSED } from './casualty-words.js';
import type { Token } from '../reading/tokens.js';

/**
 * Verbs whose subject is the dead or wounded (passive or intransitive): "قُتل", "استشهد", "أصيب".
 * After them a person noun ending in ا is nominative, so no accusative singular ("قتلوا جنديا").
 */
export const VICTIM_SUBJECT_VERBS = new Set(
  ['قتل', 'وقتل', 'قضى', 'وقضى', 'استشهد', 'واستشهد', 'أصيب', 'وأصيب', 'جرح', 'وجرح'].map(normalizeForMatch),
);

/**
 * "قُتل راعيا أغنام" (two shepherds), "استشهد عنصرا الحراسة" (the two guards): the person noun at `i`,
 * read alone as one ("جنديا"), is the dual in the construct state where it is the subject right after
 * a verb whose subject is the victim and is joined to the noun after it with nothing between.
 * `isPersonNoun` says whether a word is a person noun read as one.
 */
export function constructDualAt(
  tokens: readonly Token[],
  i: number,
  isPersonNoun: (word: string) => boolean,
): boolean {
  const word = tokens[i]?.word ?? '';
  const next = tokens[i + 1];
  // (not someone's, whose pronoun ends in ا too: "وأصيب طفلها")
  if (!word.endsWith('ا') || word.startsWith('ال') || POSSESSED.some((x) => word.endsWith(x))) return false;
  if (!next || next.start !== tokens[i]!.end + 1) return false;
  return VICTIM_SUBJECT_VERBS.has(tokens[i - 1]?.word ?? '') && isPersonNoun(word);
}
