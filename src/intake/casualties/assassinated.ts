// "اغتال مسلحون مجهولون عضواً في المجلس المحلي": to assassinate someone is to kill one person.
import { normalizeForMatch } from '../../text/normalize.js';
import { arabicNounCount, countAt, one, type CountPhrase } from './casualty-phrase.js';
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';

const f = normalizeForMatch;
const ASSASSINATED = new Set(['اغتال', 'اغتالت', 'اغتالوا'].flatMap((w) => [w, `و${w}`, `ف${w}`]).map(f));
/**
 * Words the subject ("مسلحون مجهولون", "خلية تابعة للتنظيم") and when ("مساء أمس الاثنين، أول أيام
 * شهر رمضان،") may run before the object.
 */
const REACH = 12;
/** How many words the indefinite object may stand from the verb: past it, a word in "-ا" is another's. */
const INDEFINITE_REACH = 6;

/** "صيدلانياً", "عضواً": a word in the indefinite accusative, the case of a verb's object. */
export const indefiniteAccusative = (word: string): boolean =>
  /^\p{L}+ا$/u.test(word) && !/^[وف]?(?:ال|بال|لل)/u.test(word);

/**
 * The object of an active "اغتال" is one person, whatever noun names him ("عضواً في المجلس",
 * "ناشطاً إعلامياً", "قيادياً في الفصيل"): the first indefinite accusative word after the verb (its
 * subject is nominative), or the person named with the article right after a comma ("…، أول أيام
 * شهر رمضان، الشاب فلان": the subject and the time set off before him), counted with any joined to
 * him; else null; a number there is read as the count before this. `text` is the clause the tokens index.
 */
export function assassinatedOne(
  text: string,
  tokens: readonly Token[],
  numbers: Numbers,
  cue: number,
  stops: ReadonlySet<number>,
): CountPhrase | null {
  if (!ASSASSINATED.has(tokens[cue]?.word ?? '')) return null;
  for (let j = cue + 1; j <= cue + REACH && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (stops.has(j) || numbers.has(t.start)) return null;
    if (j <= cue + INDEFINITE_REACH && indefiniteAccusative(t.word))
      return { value: one(1), start: j, next: j + 1 };
    const setOff = text.slice(tokens[j - 1]!.end, t.start).search(/[،,]/u) >= 0;
    if (setOff && t.word.startsWith(f('ال')) && arabicNounCount(t.word) === 1)
      return { ...(countAt(tokens, numbers, j, 'ar') ?? { value: one(1), next: j + 1 }), start: j };
  }
  return null;
}
