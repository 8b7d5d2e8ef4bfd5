// "قُتل 41 مسلحاً خلال اليومين الماضيين، فيما استشهد خمسة من مقاتلي الوحدات": a tally of a campaign's
// enemy dead over a span, then the counting side's own dead of the same span, told martyred — both
// sides of one tally (the span's sum of the fights told after it), not a second event of its own.
import type { Building } from '../incidents/incident-types.js';
import { tollOverSpan } from '../roundups/span-toll.js';
import { matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { MARTYRED_VERBS_AR } from './martyred-joined.js';

/** The martyrdom of dead (verb, matching form), "فيما استشهد", "بينما ارتقى": a side's own dead. */
const MARTYRED = new RegExp(`(?<!${L})(?:${anyOf(MARTYRED_VERBS_AR)})(?!${L})`, 'u');

/**
 * The event's clause counts dead that were armed men or attackers over a span ("خلال اليومين
 * الماضيين", "in two days"), and the clause (matching form) tells dead martyred: the other side's dead
 * of that span's tally. (Its side, place and day are weighed by the caller, fight-sides.ts.)
 */
export function spanTallyOtherSide(event: Building, clauseMatchText: string): boolean {
  return (
    (event.deadAreAttackers || event.armedDead) &&
    MARTYRED.test(clauseMatchText) &&
    tollOverSpan(matchView(event.source).text)
  );
}
