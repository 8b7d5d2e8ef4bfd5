// Wounded told as dead since, beside the day of the deed: the lead's risen toll already counts them.
import { spanOf, type Count } from '../../reading/count.js';
import { diedOfWounds } from './phrases.js';

/**
 * "ارتفاع حصيلة التفجير إلى 11 قتيلاً", then "وقال المصدر إن انتحارياً فجر نفسه مساء أمس … مبيناً أن
 * ثلاثة من الجرحى توفوا في المستشفى" ("the toll rose to 11", then "a bomber blew himself up on Monday
 * evening…, adding that three of the wounded died overnight"): the clause's only dead are wounded who
 * died since, no more than the lead counted — why the toll rose, not a toll of the deed told again.
 * `leadKilled` is the lead's dead (its least), `killed` (one exact count) and `wounded` the clause's;
 * `matchText` in matching form.
 */
export function onlyWoundedSinceDied(
  leadKilled: Count | null,
  killed: Count | null,
  wounded: Count | null,
  matchText: string,
): boolean {
  if (leadKilled === null || killed === null || wounded !== null) return false;
  const died = spanOf(killed);
  return died.low === died.high && diedOfWounds(matchText) === died.low && died.high < spanOf(leadKilled).low;
}
