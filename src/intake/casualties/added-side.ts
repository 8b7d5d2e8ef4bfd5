// "لقي 9 من عناصر قوات النظام مصرعهم، إضافة إلى 7 مقاتلين من جبهة النصرة، في اشتباكات": the other
// side's dead told after the first's verb, added on by "إضافة إلى" — one toll, as "و7 مقاتلين" is.
import { countAt, countsAttackers } from './casualty-phrase.js';
import { pastAnyArabicHedge } from './past-any-hedge.js';
import { sideCountedAt } from './hedged-side-count.js';
import type { Numbers, Span2 } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';

const f = normalizeForMatch;
const ADDING = new Set(['إضافة', 'بالإضافة', 'وإضافة', 'علاوة'].map(f));
const TO = new Set(['إلى', 'على'].map(f));

/**
 * The count of a side added on by "إضافة إلى"/"علاوة على" after token `from` (past the dead counted
 * first) — its number, maybe hedged ("إضافة إلى ما لا يقل عن 7 مقاتلين"), counting a side by a
 * partitive or its fighters' noun (sideCountedAt), and no attackers kept apart; else null.
 */
export function sideAddedAfter(tokens: readonly Token[], numbers: Numbers, from: number): Span2 | null {
  for (let t = from; t + 2 < tokens.length; t++) {
    if (!ADDING.has(tokens[t]!.word) || !TO.has(tokens[t + 1]!.word)) continue;
    const at = pastAnyArabicHedge(tokens, t + 2);
    if (!sideCountedAt(tokens, numbers, at)) return null;
    const phrase = countAt(tokens, numbers, at, 'ar');
    return phrase && !countsAttackers(tokens, { ...phrase, start: at }) ? phrase.value : null;
  }
  return null;
}
