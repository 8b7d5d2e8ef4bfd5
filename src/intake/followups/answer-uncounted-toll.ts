// The side hit answering with a blow from afar that left casualties, though uncounted: another event.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { tellsUncountedToll } from '../casualties/uncounted-toll.js';
import { fromAfar } from '../events/other-blow.js';
import { tellsResponse } from './response.js';

/**
 * "The army responded with artillery fire on the rebels' positions, causing casualties among them",
 * "وردت وحدات الجيش على مصادر القذائف باستهدافات على مواقعهم، أسفرت عن مقتل عدد منهم": the side
 * hit answering the blow just told with shells or strikes of its own, whose casualties are told
 * without a number (unsplit, "casualties among", or a quantity with no number). It is a second
 * event with its own uncounted toll, not more of the first: read as the first told again, it would
 * be merged into it and lost, though it has a doer, a blow and dead of its own. Only a blow from
 * afar: returning fire on the spot is the same fight going on.
 */
export function answersWithUncountedToll(
  facts: Pick<ClauseFacts, 'matchText' | 'event' | 'notes' | 'casualties'>,
): boolean {
  return (
    answersCountingNoOne(facts) &&
    (facts.notes.some((c) => c.reason === 'casualties-unsplit') || tellsUncountedToll(facts.matchText))
  );
}

/**
 * The side hit answers with a blow from afar, and the clause counts no one (its toll is told
 * without a number, here or in the clause after).
 */
export function answersCountingNoOne(
  facts: Pick<ClauseFacts, 'matchText' | 'event' | 'casualties'>,
): boolean {
  const { killed, wounded, attackersKilled } = facts.casualties;
  return (
    killed === null &&
    wounded === null &&
    attackersKilled === null &&
    fromAfar(facts.event) &&
    tellsResponse(facts.matchText)
  );
}
