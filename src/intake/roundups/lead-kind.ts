// The kind of event a lead's total names, lent to the items it sums that name none of their own.
import type { IncidentEvent } from '../../content/schema.js';
import type { Building } from '../incidents/incident-types.js';
import { BETWEEN_TWO_KINDS } from './lead-names-events.js';
import { matchView } from '../reading/view.js';

/** Casualties with no word for what happened ("were killed in raids", "a strike hit…"): the default kind. */
const generic = (e: IncidentEvent): boolean =>
  e.type === 'violence_against_civilians' && e.subType === 'attack';

/**
 * "Air strikes by the regime killed 14 civilians", then "nine were killed in raids on X" and "a
 * strike on a building in Y killed five" ("غارات جوية قتلت 14 مدنياً" then "قتل تسعة في بلدة X"):
 * an item the lead's total sums, by the lead's doer and naming no kind of its own, is of the kind
 * the lead named (an item by another doer keeps its own). A lead telling its events as of two
 * kinds ("بين قصف تركي وهجوم لتنظيم داعش") has no one kind to lend.
 */
export function lendKind(total: Building, parts: readonly Building[]): void {
  if (generic(total.event) || BETWEEN_TWO_KINDS.test(matchView(total.source).text)) return;
  for (const b of parts)
    if (generic(b.event) && b.actors.length > 0 && b.actors.every((a) => total.actors.includes(a)))
      b.event = total.event;
}
