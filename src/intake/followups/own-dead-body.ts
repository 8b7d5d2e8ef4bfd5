// A clause that kills its own one victim and then tells of his body: the body is of that victim.
import { findCasualties } from '../casualties/casualties.js';
import type { Language } from '../../content/schema.js';
import type { Count } from '../reading/count.js';
import { matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** One person's body, by the pronoun of whose it is: "جثته", "جثمانها", "his body". */
const ONES_BODY = new RegExp(
  `(?<!${L})[وف]?${anyOf(['جثته', 'جثتها', 'جثمانه', 'جثمانها'])}(?!${L})|(?<!${L})(?:his|her) body(?!${L})`,
  'u',
);

/**
 * "قتل شاب برصاص مسلحين مجهولين في قرية X أمس، حيث عثر ذووه على جثته قرب الطريق", "a farmer was
 * shot dead in his field, and his body was found at dawn": the clause counts one dead of its own
 * before it names one person's body, after an incident that counted other than one dead: the body
 * is of the one it has just counted, not the dead told before, told again by their bodies
 * (bodies-again.ts reads "جثته" alone so). A clause that counts several before their bodies ("مقتل
 * تسعة مدنيين نقلت جثامينهم") is that toll told again. `text` is the clause as written, `toldBefore`
 * the dead of the incident told before it.
 */
export function bodyOfOwnDead(text: string, lang: Language, toldBefore: Count | null): boolean {
  if (toldBefore === 1) return false;
  const view = matchView(text);
  const at = view.text.search(ONES_BODY);
  if (at <= 0) return false;
  const before = text.slice(0, view.sourceSpan(at, at + 1).start);
  return findCasualties(matchView(before), lang).killed === 1;
}
