// "وكان شخصان من العاملين في المجلس المدني لبلدة البصيرة قتلا مطلع الشهر", "وكان شاب قُتل الشهر
// الماضي": a background event told in the pluperfect, "كان" opening its subject and the casualty verb
// closing it, with or without "قد" before the verb. The count right after "كان" is the verb's, however
// long the description between (not a noun inside it: "المدني" of a council is no civilian counted).
import { arabicNounCount, countAt, one, type CountPhrase } from './casualty-phrase.js';
import { QAD } from './casualty-words.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { survivedBeforeCue } from './survived-before-cue.js';

const WAS = new Set(['كان', 'وكان', 'كانت', 'وكانت'].map(normalizeForMatch));

/** Words the subject and its description may run between "كان" and the verb. */
const MAX_SUBJECT_WORDS = 12;

/**
 * The count of the subject "كان" opens before the casualty verb at `cue`, else null. One person told
 * with "قد" counts from the verb on, where who died with him is read ("كان مختار القرية قد قتل … مع
 * اثنين من أقاربه"), however long the description of him ("وكان أحد المتطوعين في فريق تابع لجمعية
 * محلية قد أصيب").
 */
export function countAfterWas(tokens: readonly Token[], numbers: Numbers, cue: number): CountPhrase | null {
  for (let was = cue - 2; was >= Math.max(0, cue - 1 - MAX_SUBJECT_WORDS); was--) {
    if (!WAS.has(tokens[was]!.word)) continue;
    const at = was + 1;
    // ("وكان عضو في المجلس قد نجا من محاولة اغتيال": he survived it, survived-before-cue.ts)
    if (survivedBeforeCue(tokens, at, cue)) return null;
    const phrase = countAt(tokens, numbers, at, 'ar');
    const single = phrase ? phrase.value.high === 1 : arabicNounCount(tokens[at]?.word ?? '') === 1;
    // (one person told with "قد" is read on from the verb, for who died with him)
    if (single && tokens[cue - 1]?.word === QAD) return { value: one(1), next: cue, start: at };
    if (phrase && phrase.next <= cue) return { ...phrase, start: at };
    return single ? { value: one(1), next: cue, start: at } : null;
  }
  return null;
}
