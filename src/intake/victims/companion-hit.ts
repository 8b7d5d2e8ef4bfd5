// "فيما أصيب صديقه الذي كان برفقته": the one who was with the victim, hit with him, is one more person.
import { L, anyOf } from '../reading/word-pattern.js';

// the verb or its noun: "فيما أصيب صديقه", "ما أدى إلى مقتله وإصابة زميل له"
const KILLED = anyOf(['قتل', 'استشهد', 'لقي', 'مقتل']);
const WOUNDED = anyOf(['أصيب', 'أصيبت', 'جرح', 'إصابة']);
/**
 * Who was with him, named by how he knew him: his friend, colleague, companion (one, not a count),
 * the pronoun on the noun or told by "له" after it ("زميله", "زميل له").
 */
const COMPANION = `(?:${anyOf(['صديق', 'زميل', 'رفيق'])})(?:${anyOf(['ه', 'ها'])}| (?:${anyOf(['له', 'لها'])}))`;
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
