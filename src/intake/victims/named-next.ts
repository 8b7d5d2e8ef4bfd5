// "مقتل الشرطي حسن كريم علوان والعريف سعد ناصر": the dead named one by one, each by rank and name.
import type { Numbers } from '../reading/count.js';
import type { Token } from '../reading/tokens.js';

/** How many words a person's name may take ("حسن كريم علوان"). */
const NAME_REACH = 4;

/**
 * At the word after a definite person noun ("الجندي"), the index of the next one named after his
 * name ("والعريف", "والشرطي"), or null: a name of a few plain words stands between one person named
 * by rank and the next (`onePerson`: a word naming one person). Stops at a number, a word with the article (no name) or another "و".
 */
export function namedNextAt(
  tokens: readonly Token[],
  numbers: Numbers,
  k: number,
  onePerson: (word: string) => boolean,
): number | null {
  const person = tokens[k - 1]?.word ?? '';
  if (!person.startsWith('ال') || !onePerson(person)) return null;
  for (let j = k; j <= k + NAME_REACH && j < tokens.length; j++) {
    const word = tokens[j]!.word;
    if (numbers.has(tokens[j]!.start)) return null;
    if (word.startsWith('وال')) return j > k && onePerson(word) ? j : null;
    if (word.startsWith('ال') || word.startsWith('و')) return null;
  }
  return null;
}
