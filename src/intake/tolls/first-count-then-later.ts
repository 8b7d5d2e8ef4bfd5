// A teller's first count, told alone in its sentence, and the later word the next sentence opens with.
import { FIRST_WORD } from './first-word-replaced.js';
import { laterTellerAt } from './later-teller.js';
import { CLAUSE_HEAD, L, anyOf as f } from '../reading/word-pattern.js';

/**
 * "By late afternoon", "By evening", "Later", "Hours later", "في وقت لاحق", "لاحقاً", "وفي المساء": a
 * sentence that opens on a later time of the same day, the word given after the first one.
 */
const LATER_ON = new RegExp(
  `${CLAUSE_HEAD}(?:by\\s+(?:(?:late|early|mid)[\\s-]+)?(?:afternoon|evening|nightfall|night|midday|noon|the\\s+(?:afternoon|evening|end\\s+of\\s+the\\s+day))|later(?:\\s+(?:on|that\\s+day|in\\s+the\\s+day))?|(?:hours|several\\s+hours|a\\s+few\\s+hours)\\s+later|(?:${f(['وفي وقت لاحق', 'في وقت لاحق', 'ولاحقا', 'لاحقا', 'وفي وقت متأخر', 'وفي المساء', 'وبعد ساعات'])}))(?!${L})`,
  'u',
);

/**
 * "Activists first put the death toll at 213." then "By late afternoon the committees said at least
 * 635 people had been killed…": a count marked as the first given ("first put", "initially said",
 * "في البداية"), with no later teller in its own sentence (first-word-replaced.ts reads that one), and
 * the next sentence opening on a later time: the count the event had before, replaced by the next
 * sentence's, not an event nor a second source's figure of its own. Both in matching form.
 */
export function firstCountThenLater(matchText: string, next: string): boolean {
  return FIRST_WORD.test(matchText) && laterTellerAt(matchText) === null && LATER_ON.test(next);
}
