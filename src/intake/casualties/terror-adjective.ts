// "قالت إنهم قضوا في هجوم إرهابي", "قتلوا في تفجير إرهابي": "إرهابي" right after the noun of an attack
// or a blast is its adjective ("a terrorist attack", as official and loyalist copy names it), no
// terrorist killed.
import type { Token } from '../reading/tokens.js';
import { anyOf } from '../reading/word-pattern.js';
import { DEFINITE, FIGHT_OR_ATTACK } from './armed-adjective.js';

/** "إرهابي", "إرهابية", with the article or without: the adjective "terrorist". */
const TERRORIST = new RegExp(`^(?:ال)?(?:${anyOf(['إرهابي', 'إرهابية'])})$`, 'u');

/** The nouns of a blast or a deed "إرهابي" qualifies besides an attack's: "تفجير", "عمل", "عملية". */
const BLAST_OR_DEED = new RegExp(
  `^[وف]?[بل]?(?:ال)?(?:${anyOf(['تفجير', 'تفجيرات', 'انفجار', 'عمل', 'أعمال', 'عملية', 'عمليات'])})$`,
  'u',
);

/**
 * The word at `at` is "إرهابي" qualifying the attack, blast or deed named right before it (agreeing
 * with it in definiteness): the search for a killing verb's count after it stops there, the verb's
 * dead told before it or by the pronoun ("إنهم قضوا في هجوم إرهابي" is not one terrorist dead).
 */
export function terrorAdjectiveAt(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.word ?? '';
  const noun = tokens[at - 1]?.word ?? '';
  return (
    at > 0 &&
    TERRORIST.test(word) &&
    (FIGHT_OR_ATTACK.test(noun) || BLAST_OR_DEED.test(noun)) &&
    DEFINITE.test(word) === DEFINITE.test(noun)
  );
}
