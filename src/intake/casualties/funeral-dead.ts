// "شيّع الأهالي اليوم جثامين سبعة من أبناء العشائر الذين سقطوا …": the dead whose bodies are counted.
import { countAt, countsAttackers, type CountPhrase } from './casualty-phrase.js';
import { ofThemAt } from './of-them.js';
import type { Numbers } from '../reading/count.js';
import { withoutArabicClitic, type Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';

const BODIES = normalizeForMatch('جثامين');

/**
 * The count right after "جثامين" (the bodies of seven of the tribesmen, of seven fighters), mostly
 * told of a funeral ("شيّع", "ودّع … جثامين"): that many dead, where the words that tell how they fell
 * are no verb of killing ("الذين سقطوا خلال صد هجوم") or there are none (the caller asks only then).
 * Null where no number comes right after the bodies ("جثامين الشهداء" counts nobody anew), where
 * the bodies are the attackers', or some of the dead told before ("سلّم جثامين ثلاثة منهم").
 */
export function funeralDead(tokens: readonly Token[], numbers: Numbers): CountPhrase | null {
  for (let at = 0; at < tokens.length - 1; at++) {
    if (!withoutArabicClitic(tokens[at]!.word).includes(BODIES)) continue;
    if (!numbers.has(tokens[at + 1]!.start)) continue;
    const phrase = countAt(tokens, numbers, at + 1, 'ar');
    if (phrase !== null && !countsAttackers(tokens, phrase) && !ofThemAt(tokens, phrase.next)) return phrase;
  }
  return null;
}
