// A deed's dead told as the lives it took, where no verb of killing counts them.
import { findNumbers } from '../reading/numbers.js';
import type { MatchView } from '../reading/view.js';
import { withLivesTaken } from '../tolls/toll-update.js';

const NONE = { killed: null, wounded: null, attackersKilled: null };

/**
 * "…بالضلوع في تفجير السوق في أيار 2011، الذي أودى بحياة 19 شخصاً", "a bombing that claimed the lives
 * of 14": the words after a conviction count the deed's dead as lives it took, a toll told as surely
 * as "قتل" or "killed" would tell it (the cues a conviction's toll is looked for by name no such set
 * phrase). `view` is the matching view of those words.
 */
export function tellsLivesTaken(view: MatchView): boolean {
  return withLivesTaken(view.text, findNumbers(view), NONE).killed !== null;
}
