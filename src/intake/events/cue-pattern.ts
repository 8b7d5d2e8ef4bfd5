// A cue's word list as one pattern over the matched text: each word alone, an Arabic word with the
// proclitics it may carry.
import { normalizeForMatch } from '../../text/normalize.js';
import { L } from '../reading/word-pattern.js';

const f = normalizeForMatch;
// AR_PREFIX (view.ts) split by whether the proclitics end in the article: only after one does a
// phrase's adjective take the article too.
const CONJUNCTION = '[وف]?';
const WITH_ARTICLE = '(?:ال|بال|لل|كال)';
const WITHOUT_ARTICLE = '[بلك]?';

/**
 * An adjective agrees with its noun: "طائرات حربية" is also "الطائرات الحربية", but not "لإطلاق النار"
 * ("وقف لإطلاق النار" is no shooting). Kept as its own branch after the article so that the common
 * case, no article, costs what a plain word list costs.
 */
export const ar = (words: readonly string[]): string => {
  const plain = words.map(f).join('|');
  const agreeing = words.filter((w) => w.includes(' ')).map((w) => f(w).replaceAll(' ', ' ال'));
  const afterArticle = agreeing.length === 0 ? plain : `${plain}|${agreeing.join('|')}`;
  return `(?<!${L})${CONJUNCTION}(?:${WITH_ARTICLE}(?:${afterArticle})|${WITHOUT_ARTICLE}(?:${plain}))(?!${L})`;
};
export const en = (words: readonly string[]): string => `(?<!${L})(?:${words.join('|')})(?!${L})`;
