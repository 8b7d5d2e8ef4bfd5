// "ارتفعت حصيلة ضحايا القصف إلى 11 مدنياً، بينهم أربعة أطفال، و23 جريحاً": a toll of the dead risen
// to a bare figure, its wounded named after it — the bare figure is the dead, the named one the wounded.
import { findCasualties, type Casualties } from '../casualties/casualties.js';
import type { Language } from '../../content/schema.js';
import { findNumbers } from '../reading/numbers.js';
import { matchView, type MatchView } from '../reading/view.js';

/**
 * The words after "إلى"/"to" of a rise whose toll counts the dead ("حصيلة ضحايا", "the death toll":
 * `deadToll`) open on a figure that names no casualty ("11 مدنياً", "11 civilians") and go on to a
 * second that names the wounded ("و23 جريحاً", "and 23 wounded"; `found`, the casualties read there,
 * has only those): the first is the dead the toll rose to, the second its wounded. null otherwise.
 */
export function bareDeadBeforeWounded(
  after: MatchView,
  found: Casualties,
  deadToll: boolean,
  lang: Language,
): Casualties | null {
  if (!deadToll || found.killed !== null || found.wounded === null) return null;
  const [first, second] = findNumbers(after);
  if (!first || !second || first.start > 1) return null;
  const head = findCasualties(matchView(after.text.slice(0, second.start)), lang);
  if (head.killed !== null || head.wounded !== null) return null;
  return { ...found, killed: first.value };
}
