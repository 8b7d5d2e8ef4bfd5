// "مقتل الجنود الثلاثة", "استشهاد المقاتلين الأربعة": a definite plural counted by a definite number
// word after it, an adjective as Arabic places it ("the three soldiers"), which the number reader
// leaves alone (a definite number word is no count on its own: "الثلاثة" may be a day, "الاثنين" is).
import { AR_UNITS } from '../reading/number-words.js';
import { AND_AR, type Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { ATTACKERS } from './casualty-words.js';

const THE = normalizeForMatch('ال');

/** "الثلاثة", "الأربع": a definite number word from three to ten, its value (not "الاثنين", Monday). */
function definiteNumber(word: string): number | null {
  if (!word.startsWith(THE)) return null;
  const value = AR_UNITS[word.slice(THE.length)];
  return value !== undefined && value >= 3 ? value : null;
}

/**
 * The count told at token i as a definite noun and the definite number after it, and the index past
 * them, else null; `glued`: the noun carries the "و" that joined it ("والعناصر الخمسة").
 * `casualtyNoun`: a word that is a toll of its own ("القتلى الثلاثة" is told by its cue, not here).
 */
export function definiteCountAt(
  tokens: readonly Token[],
  i: number,
  glued: boolean,
  casualtyNoun: (word: string) => boolean,
): { count: number; next: number } | null {
  const word = tokens[i]?.word ?? '';
  const noun = glued && word.startsWith(AND_AR) ? word.slice(AND_AR.length) : word;
  if (!noun.startsWith(THE) || noun.length < 5 || casualtyNoun(noun.slice(THE.length))) return null;
  // ("جثث المهاجمين الستة": the attackers told again by the count they were given, no victims)
  if (ATTACKERS.has(noun)) return null;
  const value = definiteNumber(tokens[i + 1]?.word ?? '');
  return value === null ? null : { count: value, next: i + 2 };
}

/**
 * "الانتحاريون الثلاثة", "المهاجمين الستة": attackers told at token i by the definite number after
 * their definite noun — how many, else null. (definiteCountAt leaves them out of the victims; this
 * reads them where they are to be kept apart.)
 */
export function definiteAttackersAt(tokens: readonly Token[], i: number): number | null {
  if (!ATTACKERS.has(tokens[i]?.word ?? '')) return null;
  return definiteNumber(tokens[i + 1]?.word ?? '');
}
