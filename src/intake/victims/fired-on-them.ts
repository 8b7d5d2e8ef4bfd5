// "أطلقوا النار عليه وعلى نجليه، ما أدى إلى مقتلهم": the ones fired on, counted by the plural pronoun.
import { arabicNounCount } from '../casualties/casualty-phrase.js';
import { PRONOUN_CASUALTY } from '../casualties/casualty-words.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { normalizeForMatch } from '../../text/normalize.js';

const f = normalizeForMatch;
const AND = f('و');
const ON = f('على');
/** "عليه", "عليها": one fired on; "عليهما": two. */
const ON_PRONOUN: Readonly<Record<string, number>> = { [f('عليه')]: 1, [f('عليها')]: 1, [f('عليهما')]: 2 };

/**
 * "النار على …، ما أدى إلى مقتلهم": the shooting, those it was aimed at (up to the comma), and the
 * result told by a casualty noun with "هم", which names no number of its own.
 */
const FIRED_ON = Object.fromEntries(
  Object.entries(PRONOUN_CASUALTY).map(([kind, nouns]) => [
    kind,
    new RegExp(
      `${f('النار')}\\s+([^،,.]+?)\\s*[،,]?\\s+(?:(?:${anyOf(['ما', 'مما'])})\\s+)?(?:${anyOf(['أدى', 'أسفر'])})\\s+(?:${anyOf(['إلى', 'الى', 'عن'])})\\s+(?:${nouns.map(f).join('|')})${f('هم')}(?!${L})`,
      'gu',
    ),
  ]),
) as Record<'killed' | 'wounded', RegExp>;

/**
 * How many a shooting was aimed at, where a casualty noun with the plural pronoun tells what befell
 * them ("أطلقوا النار عليه وعلى نجليه، ما أدى إلى مقتلهم": he and his two sons, three; "النار على
 * المختار ونجليه محمد وأحمد، ما أدى إلى مقتلهم جميعاً": three), else null. Only a head and one or
 * more people joined to it by "و"/"وعلى" are counted; a name ("وأحمد") or an age between them adds
 * nobody, and a head or a joined word that counts no one leaves the count untold.
 */
export function firedOnThem(text: string, kind: 'killed' | 'wounded'): number | null {
  for (const m of text.matchAll(FIRED_ON[kind])) {
    const words = m[1]!.split(/\s+/u).filter((w) => /^\p{L}+$/u.test(w));
    const first = words[0] ?? '';
    let total = ON_PRONOUN[first] ?? (first === ON ? arabicNounCount(words[1] ?? '') : null);
    if (total === null) continue;
    let joined = false;
    for (let i = first === ON ? 2 : 1; i < words.length; i++) {
      const word = words[i]!;
      if (!word.startsWith(AND)) continue;
      // "وعلى نجليه": the one after "and on"; "ونجليه": the word itself
      const n = word === AND + ON ? arabicNounCount(words[i + 1] ?? '') : arabicNounCount(word);
      if (n === null) continue;
      total += n;
      joined = true;
    }
    if (joined) return total;
  }
  return null;
}
