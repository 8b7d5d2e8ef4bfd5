// "وبمقتل اللاجئ، يرتفع عدد جرائم القتل في المخيم منذ بداية العام إلى خمس": the death just told,
// counted into a tally, not one more.
import { CLAUSE_HEAD, L, anyOf } from '../reading/word-pattern.js';

/**
 * A sentence that opens on the death of someone named by the definite article or a pronoun ("وبمقتل
 * الشاب،", "وباستشهاده،", "With the killing of the refugee,", "With his death,"), then tells a count
 * risen over a span ("يرتفع عدد … منذ …", "the number of … since … rises to"): the one told just
 * before, summed into the tally of such deaths; its first clause counts no one new. In matching form.
 */
const DEATH_THEN_TALLY = new RegExp(
  `${CLAUSE_HEAD}[وف]?ب(?:${anyOf(['مقتل', 'استشهاد', 'وفاة', 'اغتيال', 'مصرع'])})(?:\\s*(?:ه|ها|هما|هم)|\\s+ال\\p{L}+)(?:\\s+[^\\s،,.]+){0,3}\\s*[،,]\\s*(?:${anyOf(['يرتفع', 'ترتفع', 'ارتفع', 'ارتفعت', 'يصل', 'تصل'])})(?!${L})[^.]*?(?<!${L})(?:${anyOf(['منذ', 'خلال'])})(?!${L})` +
    `|${CLAUSE_HEAD}with (?:the (?:killing|death|murder) of (?:the|this) [\\p{L}-]+|(?:his|her|their|the [\\p{L}-]+'s) (?:killing|death|murder)),\\s+the (?:number|toll|tally)(?!${L})[^.]*?(?<!${L})since(?!${L})`,
  'u',
);

export function deathTallied(sentence: string): boolean {
  return DEATH_THEN_TALLY.test(sentence);
}
