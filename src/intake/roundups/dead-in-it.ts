// "وكان تفجير انتحاري قد استهدف الشهر الماضي حفل زفاف في المدينة، وقتل فيه 24 شخصاً": dead told "in
// it", the one deed the clause before named, are that deed's, however long the span its day is told
// by — not a month's count of many blows (monthsToll, period-totals.ts).
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * The clause opens with a killing or wounding verb and "فيه"/"خلاله" (in it, during it: a masculine
 * singular, one thing — "الغارات … قتل خلالها" may be many blows, and is left out).
 */
const DEAD_IN_IT = new RegExp(
  `^["«“]?\\s*[وف]?(?:${anyOf(['قتل', 'قتلت', 'استشهد', 'سقط', 'أصيب', 'جرح', 'لقي'])})\\s+(?:${anyOf(['فيه', 'خلاله'])})(?!${L})`,
  'u',
);

/**
 * The clause (matching form) tells its dead "in it", right after a clause of its sentence that
 * named an event (`eventBefore`): those dead are of that one event.
 */
export function deadInEventBefore(eventBefore: boolean, matchText: string): boolean {
  return eventBefore && DEAD_IN_IT.test(matchText);
}
