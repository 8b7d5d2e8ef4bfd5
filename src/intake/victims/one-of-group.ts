// "أحد جيرانه", "وأحد الركاب": one person of a group, named by the group.
import { normalizeForMatch } from '../../text/normalize.js';
import { ATTACKERS, POSSESSED } from '../casualties/casualty-words.js';
import type { Token } from '../reading/tokens.js';

const ONE_OF = new Set(['أحد', 'إحدى', 'وأحد', 'وإحدى'].map(normalizeForMatch));
/** "أحد عشر", "إحدى عشرة": eleven, not one of a group. */
const TEEN = normalizeForMatch('عشر');

/**
 * Where token `i` is "أحد"/"إحدى" (or "وأحد") before a plural that is definite ("أحد الركاب") or, with
 * `possessed`, someone's ("وأحد جيرانه"), the index after that plural: one person, as English "one of
 * his neighbours" is. "أحد" folds to the "واحد" of "شخص واحد" once "و" is glued to it, so only the noun
 * after it tells them apart; right after a person counted ("شخص واحد حالته خطرة") a word with a
 * pronoun is no group, so `possessed` is for where no person was just counted. Attackers ("أحد
 * المهاجمين") are counted apart, not here.
 */
export function oneOfGroupAt(tokens: readonly Token[], i: number, possessed: boolean): number | null {
  if (!ONE_OF.has(tokens[i]?.word ?? '')) return null;
  const noun = tokens[i + 1]?.word ?? '';
  if (noun.length < 4 || noun.startsWith('و') || noun.startsWith(TEEN) || ATTACKERS.has(noun)) return null;
  const group = noun.startsWith('ال') || (possessed && POSSESSED.some((suffix) => noun.endsWith(suffix)));
  if (group) return i + 2;
  // "وأحد أفراد حمايته", "وأحد عناصر الشرطة": the group in the construct state, made definite by the
  // noun after it, the article or a pronoun on it; not where "وأحد" may be the "واحد" told of an
  // indefinite person before it ("مدني واحد بجروح طفيفة": the ة of the adjective folds to a pronoun's ه)
  const adjective = tokens[i]!.word.startsWith('و') && !(tokens[i - 1]?.word ?? '').startsWith('ال');
  const of = tokens[i + 2]?.word ?? '';
  const definite =
    (of.startsWith('ال') || POSSESSED.some((suffix) => of.endsWith(suffix))) && !of.startsWith('و');
  return definite && !adjective && !POSSESSED.some((suffix) => noun.endsWith(suffix)) ? i + 3 : null;
}
