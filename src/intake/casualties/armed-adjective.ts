// "إن ثلاثة جنود قتلوا في اشتباك مسلح", "أن شخصين قتلا في هجوم مسلح": "مسلح" right after the noun of a
// fight or an attack is its adjective ("an armed clash", "an armed attack"), no armed man killed.
import type { Token } from '../reading/tokens.js';
import { anyOf } from '../reading/word-pattern.js';

/** "مسلح", "مسلحة", "المسلح", "المسلحة": the adjective "armed", with the article or without. */
const ARMED = new RegExp(`^(?:ال)?(?:${anyOf(['مسلح', 'مسلحة'])})$`, 'u');

/**
 * "اشتباك", "اشتباكات", "هجوم", "اعتداء", "مواجهات" (a preposition or the article on it: "باشتباك",
 * "الهجوم"): the nouns of a fight or an attack that "مسلح" qualifies.
 */
export const FIGHT_OR_ATTACK = new RegExp(
  `^[وف]?[بل]?(?:ال)?(?:${anyOf(['اشتباك', 'اشتباكات', 'مواجهة', 'مواجهات', 'هجوم', 'هجمات', 'اعتداء', 'سطو', 'نزاع', 'اقتتال'])})$`,
  'u',
);

/** The article on a word, after any conjunction or preposition: "الهجوم", "بالاشتباك", "للهجوم". */
export const DEFINITE = /^[وف]?(?:[بك]?ال|لل)/u;

/**
 * The word at `at` is "مسلح" qualifying the fight or attack named right before it: the search for
 * a killing verb's count after it stops there, as the verb's own dead were told before it ("ثلاثة
 * جنود قتلوا في اشتباك مسلح" is three soldiers, not one armed man).
 */
export function armedAdjectiveAt(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.word ?? '';
  const noun = tokens[at - 1]?.word ?? '';
  // (an adjective agrees with its noun in definiteness: "في الهجوم مسلح واحد" is one armed man)
  return (
    at > 0 && ARMED.test(word) && FIGHT_OR_ATTACK.test(noun) && DEFINITE.test(word) === DEFINITE.test(noun)
  );
}
