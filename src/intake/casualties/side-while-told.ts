// "قال ناشطون إن 14 مقاتلاً من المعارضة قتلوا في المعارك، في حين أكد الإعلام الرسمي مقتل نحو 20
// عنصراً من قوات النظام": after one side's dead of a fight, a teller set against it by "في حين",
// "فيما", "بينما" counts the other side's — its dead of the same fight, both counts its toll (the
// clause is not split there when no verb of dying follows the conjunction straight away: sentences.ts).
import type { CountPhrase } from './casualty-phrase.js';
import { countOfSide, namesFightAr } from './side-after-side.js';
import { offensiveLaunched } from './offensive-launched-ar.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';

/** "فيما", "بينما" (and "في حين", two words): the clause set against what was told before it. */
const WHILE = new Set(['فيما', 'بينما', 'وبينما'].map(normalizeForMatch));
const IN = normalizeForMatch('في');
const TIME = new Set(['حين', 'وحين'].map(normalizeForMatch));
/** How many words the teller and its name may take between the conjunction and the count's cue. */
const TELLER_REACH = 8;

/**
 * The killing cue at `cue` counts (`phrase`) a side's dead "N من …", told a few words after "في حين"
 * or "فيما" that follows the first side's count (ending at `firstNext`, itself "N من …"), with no other
 * count between, in a clause that named a fight before the conjunction.
 */
export function sideToldWhile(
  tokens: readonly Token[],
  numbers: Numbers,
  firstNext: number,
  cue: number,
  phrase: CountPhrase,
): boolean {
  if (!countOfSide(tokens, phrase.next) || !countOfSide(tokens, firstNext)) return false;
  for (let at = cue - 1; at >= Math.max(firstNext, cue - TELLER_REACH - 1); at--) {
    if (numbers.has(tokens[at]!.start)) return false;
    const word = tokens[at]!.word;
    const opens = WHILE.has(word) || (TIME.has(word) && tokens[at - 1]?.word === IN);
    // (or an offensive told as the attack a side launched, offensive-launched-ar.ts)
    if (opens) return namesFightAr(tokens.slice(0, at)) || offensiveLaunched(tokens.slice(0, at));
  }
  return false;
}
