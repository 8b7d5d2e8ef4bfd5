// "أن راعياً نجا من الحادث بعد أن فرّ من الخاطفين، وأصيب بجروح": one person, the subject of two joined verbs.
import { arabicNounCount } from '../casualties/casualty-phrase.js';
import { THAT } from '../casualties/casualty-words.js';
import { findNumbers } from '../reading/numbers.js';
import { tokenize, type Token } from '../reading/tokens.js';
import { matchView } from '../reading/view.js';

/** How many words the first verb's telling may take between the person and the joined verb. */
const REACH = 14;

/**
 * "أن راعياً ثامناً نجا من الحادث بعد أن تمكن من الفرار، وأصيب بجروح في ساقه", "بأن مزارعاً هرب من
 * المكان وأصيب بشظايا": the one person named in the singular after "أن" is the subject of a first
 * verb and of the singular casualty verb joined to it by "و" (the word `verb`), whose own ending
 * counts him. `before`: the sentence's words before that verb, across the clause's start (a comma
 * often stands between the two verbs). Not where a number or another person is told between:
 * either may be that verb's subject instead.
 */
export function oneSubjectOfJoinedVerb(verb: string, before: string): boolean {
  if (!verb.startsWith('و')) return false;
  const view = matchView(before);
  const tokens = tokenize(view.text);
  const numbers = new Set(findNumbers(view).map((n) => n.start));
  return subjectBack(tokens, (t) => numbers.has(t.start));
}

/** The words end right after a person named in the singular after "أن", no number or person after him. */
function subjectBack(tokens: readonly Token[], isNumber: (t: Token) => boolean): boolean {
  for (let j = tokens.length - 1; j >= Math.max(1, tokens.length - REACH); j--) {
    const token = tokens[j]!;
    if (isNumber(token)) return false;
    const count = arabicNounCount(token.word);
    if (count === 1 && THAT.has(tokens[j - 1]!.word)) return true;
    if (count !== null) return false;
  }
  return false;
}
