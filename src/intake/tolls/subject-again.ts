// The event just told, named again by "the" as the subject of what it did, with what it hit or
// where it went off between the two (told-again.ts).
import { L, anyOf } from '../reading/word-pattern.js';

const EN_NOUN =
  '(?:attack|strikes?|air ?strikes?|blast|explosion|bombing|bomb|car bomb|shelling|raid|ambush|mine|landmine|missiles?|rockets?|shells)';
// ("the blast tore through houses and shops": what a blast does to what it hits, as wire copy says it)
const EN_VERB =
  '(?:hit|struck|targeted|caused|destroyed|damaged|left|wounded|injured|killed|claimed|went off|exploded|(?:tore|ripped) through)';
const AR_NOUN = anyOf([
  'الهجوم',
  'القصف',
  'الغارة',
  'الغارات',
  'الانفجار',
  'التفجير',
  'الضربة',
  'الضربات',
  'اللغم',
  'العبوة',
]);
// ("أن الانفجار أودى بحياة 13", "the blast claimed the lives of": what it took, as wire copy says it)
const AR_VERB = anyOf([
  'أسفر',
  'أسفرت',
  'أدى',
  'أدت',
  'تسبب',
  'تسببت',
  'خلف',
  'خلفت',
  'انفجر',
  'انفجرت',
  'أودى',
  'أودت',
]);

/**
 * A quotation opened between the event and its verb, 'أن الضربة "أسفرت عن مقتل ثلاثة"': the source's
 * words quoted from the verb on, the event still their subject.
 */
const QUOTE_OPENS = '(?:["«“]\\s*)?';

/**
 * "the strikes on the town of Ariha, in Idlib province, also wounded 23", "when the mine, a leftover
 * of the war, went off near the village of X", "أن الغارات على مدينة أريحا أسفرت أيضاً عن إصابة 23":
 * the event told before, by its definite name, doing what it did, with the place it hit told on the
 * way; at most one sentence's worth of words between (no full stop), and the quotation mark of a
 * source's words opened before the verb.
 */
const NAMED_AGAIN = new RegExp(
  `(?<!${L})the ${EN_NOUN}(?:,? (?:on|in|at|near|against|which|that|believed|a|an|the)(?!${L})[^.;]{0,100}?,?)? (?:also )?${EN_VERB}(?!${L})|(?<!${L})(?:${AR_NOUN})(?:\\s+(?:${anyOf(['على', 'في', 'قرب', 'التي', 'الذي'])})(?!${L})[^.؛]{0,80}?)?\\s+${QUOTE_OPENS}(?:${anyOf(['أيضاً', 'أيضا'])}\\s+)?(?:${AR_VERB})(?!${L})`,
  'u',
);

/** The clause (in matching form) names the event told before as the subject of what it did. */
export function namedAgainAsSubject(matchText: string): boolean {
  return NAMED_AGAIN.test(matchText);
}
