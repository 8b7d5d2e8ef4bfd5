// The event a lead told with no day, told again with the same dead by the same doer, and its day.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { sameCount, type Count } from '../reading/count.js';
import { isGeneric } from '../incidents/same-event.js';
import { undatedToldAgainWithDay } from './same-toll-dated.js';

/**
 * "…فيما قتل خمسة من عناصر التنظيم بغارة لطيران التحالف" in a lead that gives it no day, then a
 * source's "أن طائرات التحالف قصفت فجر اليوم مقراً للتنظيم، ما أسفر عن مقتل خمسة من عناصره" a few
 * sentences on: the same dead, by the very doer the lead named, in a blow of the same kind (or none
 * named; "قصفت" and "غارة" are words for one blow from afar, so the kind is ACLED's type, not its
 * sub-type) — the event again, with its day, not a second one. A toll of the dead alone is too common to
 * tell one event by (same-toll-dated.ts asks the wounded too); the doer named in both is what ties
 * them (unknown gunmen name no one). A count of wounded told in one only is the other's lack.
 */
export function sameDeadBySameDoer(current: Building, facts: ClauseFacts): boolean {
  const { killed, wounded } = facts.casualties;
  const named = (actors: readonly string[]): string[] => actors.filter((a) => a !== 'unknown_gunmen');
  const fits = (a: Count | null, b: Count | null): boolean => a === null || b === null || sameCount(a, b);
  return (
    undatedToldAgainWithDay(current, facts) &&
    !facts.similar &&
    killed !== null &&
    current.killed !== null &&
    sameCount(killed, current.killed) &&
    fits(wounded, current.wounded) &&
    named(facts.actors).some((a) => named(current.actors).includes(a)) &&
    (!facts.eventNamed || isGeneric(current.event) || facts.event?.type === current.event.type)
  );
}
