// "Also, 23 bodies were recovered:" then "Teams pulled 23 more bodies from the rubble": the bodies the
// heading listed, not a new event.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { L, anyOf as f } from '../reading/word-pattern.js';

/** Bodies and remains, the dead told by what was found of them (matching form). */
const BODIES = new RegExp(
  `(?<!${L})(?:bod(?:y|ies)|remains|(?:[وف]?(?:ال)?(?:${f(['جثث', 'جثة', 'جثامين', 'رفات'])})))(?!${L})`,
  'u',
);

/**
 * The count of bodies a clause tells, with no wounded beside them; else null. A roundup's heading
 * counts so the bodies recovered apart from the day's killed ("Also, 23 bodies were recovered:",
 * "كما عُثر على جثث 11 شخصاً:"): the count it lists, to be read against its items.
 */
export function countedBodies(facts: ClauseFacts): number | null {
  const { killed, wounded } = facts.casualties;
  return typeof killed === 'number' && wounded === null && BODIES.test(facts.matchText) ? killed : null;
}

/**
 * The item that counts as many bodies as the heading listed ("Civil defense teams pulled 23 more
 * bodies from the rubble of the Old City") tells those recovered bodies, dead of earlier fighting the
 * roundup keeps apart from its killed: no incident.
 */
export function tellsListedBodies(listed: number | null, facts: ClauseFacts): boolean {
  return listed !== null && countedBodies(facts) === listed;
}
