// A bullet of a roundup that tells another blow with a toll of its own: an item of its own.
import type { IncidentEvent } from '../../content/schema.js';

/** A bullet opening the clause: "- Gunmen …", "• A roadside bomb …" (not a dash inside a sentence). */
const BULLET = /^\s*[-–—•]\s+\S/u;

/**
 * "Town:" then "- A suicide bomber blew himself up …, killing five and wounding eight.", then "-
 * Gunmen killed or wounded four people in a drive-by shooting …": under one place heading a roundup
 * lists each blow as a bullet. A bullet that tells a toll of its own (counted, or told unsplit,
 * "killed or wounded four") and a blow of another kind than the incident before it — which has its
 * toll already — is the next item, not more of that one (bullet-place-item.ts reads bullets headed
 * each by a place). `told`: whether the clause has a toll; `before`: the incident before's event and
 * whether it had a toll.
 */
export function bulletOfOtherBlow(
  clause: string,
  told: boolean,
  event: IncidentEvent | null,
  before: { event: IncidentEvent | null; tolled: boolean },
): boolean {
  return (
    BULLET.test(clause) &&
    told &&
    before.tolled &&
    event !== null &&
    before.event !== null &&
    event.type !== before.event.type
  );
}
