// "…وإن الخلية نفسها خططت لاستهداف مخيمات أطمة", "the cell had planned to attack the camps": a blow
// planned is none that happened.
import { anyOf } from '../reading/word-pattern.js';

/** The verb of planning, then "to" (English) or the ل of the verbal noun planned (Arabic). */
const PLANNED = new RegExp(
  `(?<![\\p{L}])(?:(?:had\\s+|was\\s+|were\\s+)?(?:planned|plotted|plotting|planning)\\s+(?:an?\\s+attack\\s+on|to)(?![\\p{L}])|و?(?:${anyOf(['خطط', 'خططت', 'خططوا', 'يخطط', 'تخطط', 'يخططون'])})\\s+ل[\\p{L}])`,
  'u',
);

/**
 * The clause (in matching form) tells a blow someone planned ("planned to attack", "plotting to bomb",
 * "خططت لاستهداف"): what may have come, not an event, as a threat is (with no toll: a clause that
 * counts dead tells an event all the same).
 */
export function plansDeed(matchText: string): boolean {
  return PLANNED.test(matchText);
}
