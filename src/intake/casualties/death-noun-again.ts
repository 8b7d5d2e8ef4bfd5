// "ما أسفر عن مقتل سبعة من عناصر التنظيم ومقتل اثنين من مقاتلي العشائر": the death noun told again,
// joined by "و", each time with a count of a side — the dead of two sides of one event, both its toll
// (the second is no part of the first, as "بينهم" would make it, and names no blow of its own).
import { twoSidesCounted } from './side-after-side.js';
import type { CountPhrase } from './casualty-phrase.js';
import type { Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';

/** "ومقتل", "ومصرع": the death noun again, joined on. */
const DEATH_NOUN_JOINED = new Set(['ومقتل', 'ومصرع'].map(normalizeForMatch));
/** How many words the first side's name may take after its count ("من مقاتلي وحدات حماية الشعب"). */
const SIDE_REACH = 8;

/**
 * The killing cue at token `cue` is "ومقتل" a few words after the count before it ended at
 * `previousNext`, both counts told of a side ("N من …", "N عنصراً من …"): the second side's dead,
 * to be added to the first.
 */
export function deathNounAgain(
  tokens: readonly Token[],
  previousNext: number,
  cue: number,
  phrase: CountPhrase,
): boolean {
  return (
    DEATH_NOUN_JOINED.has(tokens[cue]?.word ?? '') &&
    twoSidesCounted(tokens, previousNext, cue, phrase, SIDE_REACH)
  );
}
