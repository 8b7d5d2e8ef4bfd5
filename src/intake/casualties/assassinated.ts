// "اغتال مسلحون مجهولون عضواً في المجلس المحلي": to assassinate someone is to kill one person.
import { normalizeForMatch } from '../../text/normalize.js';
import { one, type CountPhrase } from './casualty-phrase.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';

const f = normalizeForMatch;
const ASSASSINATED = new Set(['اغتال', 'اغتالت', 'اغتالوا'].flatMap((w) => [w, `و${w}`, `ف${w}`]).map(f));
/** Words the subject ("مسلحون مجهولون", "خلية تابعة للتنظيم") and when ("مساء أمس") may run before the object. */
const REACH = 6;

/**
 * The object of an active "اغتال" is one person, whatever noun names him ("عضواً في المجلس",
 * "ناشطاً إعلامياً", "قيادياً في الفصيل"): the first indefinite accusative word after the verb (its
 * subject is nominative), else null; a number there is read as the count before this.
 */
export function assassinatedOne(
  tokens: readonly Token[],
  numbers: Numbers,
  cue: number,
  stops: ReadonlySet<number>,
): CountPhrase | null {
  if (!ASSASSINATED.has(tokens[cue]?.word ?? '')) return null;
  for (let j = cue + 1; j <= cue + REACH && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (stops.has(j) || numbers.has(t.start)) return null;
    if (/^\p{L}+ا$/u.test(t.word) && !/^[وف]?(?:ال|بال|لل)/u.test(t.word))
      return { value: one(1), start: j, next: j + 1 };
  }
  return null;
}
