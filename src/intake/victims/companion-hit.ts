// "فيما أصيب صديقه الذي كان برفقته": the one who was with the victim, hit with him, is one more person.
import { L, anyOf } from '../reading/word-pattern.js';

const KILLED = anyOf(['قتل', 'استشهد', 'لقي']);
const WOUNDED = anyOf(['أصيب', 'أصيبت', 'جرح']);
/** Who was with him, named by how he knew him: his friend, colleague, companion (one, not a count). */
const COMPANION = `(?:${anyOf(['صديق', 'زميل', 'رفيق'])})(?:${anyOf(['ه', 'ها'])})`;
/** "الذي كان برفقته", "التي كانت معها": told as with the victim at the time. */
const WITH_HIM = `(?:(?:${anyOf(['الذي', 'التي'])}) )?(?:${anyOf(['كان', 'كانت'])}) (?:${anyOf(['برفقته', 'برفقتها', 'معه', 'معها', 'بصحبته', 'بصحبتها'])})(?!${L})`;
const HIT = (verbs: string): RegExp =>
  new RegExp(`(?<!${L})[وف]?(?:${verbs}) (?:${COMPANION}) ${WITH_HIM}`, 'u');
const HIT_BY_KIND = { killed: HIT(KILLED), wounded: HIT(WOUNDED) };

/**
 * One person hit, named as the victim's friend or colleague who was with him: "فيما أصيب صديقه الذي
 * كان برفقته بجروح" (his friend, who was with him, was wounded). (A friend named in a witness's
 * account, "أن صديقه أصيب أمام عينيه", is not told as with the victim, and counts no one here.)
 */
export function companionHit(matchText: string, kind: 'killed' | 'wounded'): 1 | null {
  return HIT_BY_KIND[kind].test(matchText) ? 1 : null;
}
