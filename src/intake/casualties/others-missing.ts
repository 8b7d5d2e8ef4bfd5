// "ما أسفر عن مقتل ثلاثة منهم، فيما لا يزال مصير اثنين آخرين مجهولاً", "وفقدان اثنين آخرين",
// "two others remain missing": others the clause counts whose fate is not known — missing, their
// fate unknown — are no more victims than the ones told, so the clause's toll is not one to add to
// the toll told before it (clause-links.ts).
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * A noun of a fate other than death or wounds right before the others' count: "مصير" (the fate of),
 * "فقدان" (the loss, missing), "اختفاء" (the disappearance of); up to two words (the count, a noun)
 * between it and the word for others.
 */
const FATE_NOUN_BEFORE = new RegExp(
  `(?<!${L})[وف]?${anyOf(['مصير', 'فقدان', 'فقد', 'اختفاء'])}\\s+(?:[^\\s،,.]+\\s+){1,2}$`,
  'u',
);

/**
 * Right after the word for others, they are told missing or of unknown fate: "مفقودين", "في عداد
 * المفقودين", "ما زال مصيرهم مجهولاً", "لا يزالان مفقودين", "مجهولي المصير"; "are missing", "remain
 * missing", "are still unaccounted for".
 */
const MISSING_AFTER = new RegExp(
  `^\\s+(?:(?:${anyOf(['ما زال', 'ما زالوا', 'ما زالا', 'مازال', 'لا يزال', 'لا يزالون', 'لا يزالان', 'لايزال'])})\\s+)?(?:${anyOf(['مفقودين', 'مفقودون', 'مفقودان', 'في عداد المفقودين', 'مجهولي المصير', 'مجهولا المصير', 'مصيرهم مجهول', 'مصيرهم مجهولا', 'مصيرهما مجهول', 'مصيرهما مجهولا'])}(?!${L})|(?:are|were|remain|remained|are still|were still|still)\\s+(?:missing|unaccounted\\s+for)(?!${L}))`,
  'u',
);

/**
 * The others at a word for others in `text` (matching form) are told missing, or of a fate not
 * known: `before` is the text right before that word, `after` the text right after it.
 */
export function othersMissing(before: string, after: string): boolean {
  return FATE_NOUN_BEFORE.test(before) || MISSING_AFTER.test(after);
}
