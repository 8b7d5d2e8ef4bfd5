// "وكانت اشتباكات قد اندلعت الشهر الماضي بين الطرفين، وقتل فيها 11 عنصراً من الجانبين": dead told
// "in it" (the feminine "فيها", "خلالها") and counted of both sides are the dead of the one fight the
// clause before named, however long the span its day is told by — a fight between two sides is
// one round of fighting, not a month's count of many blows (dead-in-it.ts keeps "فيه" apart, since
// "الغارات … قتل خلالها" may be many blows; blows have no two sides to count).
import { L, anyOf } from '../reading/word-pattern.js';

/** The clause opens with a killing verb and "فيها"/"خلالها": dead in the thing just named. */
const DEAD_IN_IT = new RegExp(
  `^["«“]?\\s*[وف]?(?:${anyOf(['قتل', 'قتلت', 'سقط', 'لقي'])})\\s+(?:${anyOf(['فيها', 'خلالها'])})(?!${L})`,
  'u',
);

/** "من الطرفين", "من كلا الجانبين" (matching form): the dead of both sides of a fight. */
const OF_BOTH_SIDES = new RegExp(
  `(?<!${L})${anyOf(['من'])}\\s+(?:${anyOf(['كلا'])}\\s+)?(?:${anyOf(['الطرفين', 'الجانبين', 'الفريقين'])})(?!${L})`,
  'u',
);

/**
 * The clause (matching form) tells dead "in it" of both sides, right after a clause of its
 * sentence that named an event (`eventBefore`): those dead are that one fight's.
 */
export function deadInFightOfSides(eventBefore: boolean, matchText: string): boolean {
  return eventBefore && DEAD_IN_IT.test(matchText) && OF_BOTH_SIDES.test(matchText);
}
