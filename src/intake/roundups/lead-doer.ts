// The doer a roundup's lead names, lent to the strikes it then lists without one of their own.
import type { EventType } from '../../content/schema.js';
import { findActorMentions, stateForceOf } from '../actors/actor-table.js';
import { actorRoles } from '../actors/actors.js';
import { addCheck } from '../drafts/checks.js';
import { eventCues } from '../events/event-type-cues.js';
import type { ExtractedIncident } from '../incidents/incident-types.js';
import { findNumbers } from '../reading/numbers.js';
import type { Sentence } from '../reading/types.js';
import { matchView } from '../reading/view.js';

/** The cues as plain patterns: the table's are global, and testing them would move their lastIndex. */
const CUES = eventCues().map((cue) => ({ type: cue.type, pattern: new RegExp(cue.pattern.source, 'u') }));

/** The kind of event the lead tells, by its first cue (rows are most specific first). */
function leadEventType(text: string): EventType | null {
  for (const cue of CUES) if (cue.pattern.test(text)) return cue.type;
  return null;
}

const overlaps = (a: ExtractedIncident['date'], b: ExtractedIncident['date']): boolean =>
  a.from <= b.to && b.from <= a.to;

/**
 * "Syrian government shelling killed nine… The shelling hit a home in… Airstrikes on the village of…
 * killed three": a lead that names one doer of the day's strikes tells who carried out each strike
 * it then lists with no doer of its own — of the same kind of event, on the same day as the first.
 */
export function withLeadDoer(
  incidents: readonly ExtractedIncident[],
  sentences: readonly Sentence[],
): ExtractedIncident[] {
  const lead = sentences[0];
  const first = incidents[0];
  if (!lead || !first || incidents.length < 2) return [...incidents];
  const view = matchView(lead.text);
  const roles = actorRoles(view, findActorMentions(view), findNumbers(view));
  const type = leadEventType(view.text);
  if (roles.actors.length !== 1 || type === null) return [...incidents];
  return incidents.map((x) => {
    if (x.actors.length > 0 || x.event.type !== type || !overlaps(x.date, first.date)) return x;
    const actors = roles.actors.map((a) => stateForceOf(a, x.place.country));
    const suspected = roles.suspected.map((a) => stateForceOf(a, x.place.country));
    const checks = [...x.checks];
    if (suspected.length > 0) addCheck(checks, { reason: 'actor-suspected' });
    return { ...x, actors, suspected, checks };
  });
}
