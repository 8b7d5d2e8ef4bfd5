// "شيّع الأهالي جثامين سبعة من أبناء العشائر الذين سقطوا خلال صد هجوم …", "ودّع المواطنون جثامين
// سبعة من المقاتلين استشهدوا خلال التصدي لهجوم …": the funeral of those who fell fighting off an
// attack, whose bodies are counted.
import { countAt, countsAttackers, type CountPhrase } from './casualty-phrase.js';
import { buriedDeadAt } from '../events/funeral.js';
import type { Numbers } from '../reading/count.js';
import { withoutArabicClitic, type Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';

const f = normalizeForMatch;
const BODIES = f('جثامين');
/** "صد", "التصدي": fighting off, what the ones buried fell doing. */
const FIGHTING_OFF = new Set(['صد', 'التصدي'].map(f));
/** How many words after the count may tell how they fell, past their group and who among them. */
const REACH = 20;

/**
 * The count right after the "جثامين" a funeral buried (the funeral as `events/funeral.ts` reads it:
 * "شيّع … جثامين سبعة من المقاتلين"), where the words after tell they fell fighting off an attack
 * ("الذين سقطوا خلال صد هجوم", "استشهدوا الأسبوع الماضي خلال التصدي لهجوم"): that many dead of the
 * attack, which the attackers' own count told after is not. Null elsewhere: the bodies of those
 * killed in an attack not fought off ("جثامين ثلاثة من أبناء المحافظة، استشهدوا في الهجوم") are
 * often one town's share of a toll told whole elsewhere, and bodies a hospital received no funeral's.
 * `tokens` are those of `matchText`, the clause in matching form.
 */
export function funeralOfDefenders(
  matchText: string,
  tokens: readonly Token[],
  numbers: Numbers,
): CountPhrase | null {
  const buried = buriedDeadAt(matchText);
  if (buried === null) return null;
  const at = tokens.findIndex((t) => t.start >= buried);
  if (at < 1 || !withoutArabicClitic(tokens[at]?.word ?? '').includes(BODIES)) return null;
  if (!numbers.has(tokens[at + 1]?.start ?? -1)) return null;
  const phrase = countAt(tokens, numbers, at + 1, 'ar');
  if (phrase === null || countsAttackers(tokens, { ...phrase, start: at + 1 })) return null;
  const how = tokens.slice(phrase.next, phrase.next + REACH);
  return how.some((t) => withoutArabicClitic(t.word).some((w) => FIGHTING_OFF.has(w))) ? phrase : null;
}
