// "أن 16 عنصراً للنظام قتلوا، مقابل ستة من مقاتلي الفصائل", "مقتل 12 من قوات النظام مقابل مقتل خمسة
// من مقاتلي المعارضة": the other side's dead set against the first's by "مقابل" ("against") — the
// way Syrian war copy tells a fight's losses on both sides: one toll, summed, and never the object of
// the verb before it.
import { countAt, countsAttackers } from './casualty-phrase.js';
import { pastAnyArabicHedge } from './past-any-hedge.js';
import { sideCountedAt } from './hedged-side-count.js';
import type { Numbers, Span2 } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';

const f = normalizeForMatch;
const VERSUS = f('مقابل');

/** The death told again after "مقابل" ("مقابل مقتل خمسة"): the count follows it. */
const DEATH_NOUNS = new Set(['مقتل', 'سقوط', 'استشهاد', 'مصرع'].map(f));

/** "مقابل" at token `at`: what follows is the other side's, no object of the verb before it. */
export const versusAt = (tokens: readonly Token[], at: number): boolean => tokens[at]?.word === VERSUS;

/**
 * The other side's dead set against the first's by "مقابل" after token `from` (past the dead counted
 * first) — maybe told again as a death ("مقابل مقتل"), maybe hedged ("مقابل ما لا يقل عن سبعة"),
 * counting a side by a partitive or its fighters' noun (sideCountedAt), no attackers kept apart — else null.
 */
export function sideVersusAfter(tokens: readonly Token[], numbers: Numbers, from: number): Span2 | null {
  for (let t = from; t + 1 < tokens.length; t++) {
    if (!versusAt(tokens, t)) continue;
    const at = pastAnyArabicHedge(tokens, DEATH_NOUNS.has(tokens[t + 1]!.word) ? t + 2 : t + 1);
    if (!sideCountedAt(tokens, numbers, at)) return null;
    const phrase = countAt(tokens, numbers, at, 'ar');
    return phrase && !countsAttackers(tokens, { ...phrase, start: at }) ? phrase.value : null;
  }
  return null;
}
