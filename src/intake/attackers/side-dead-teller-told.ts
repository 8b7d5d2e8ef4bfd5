// "At least 35 militants were killed, while four soldiers died in the fighting, an army colonel
// said": the other side's dead of the fight just told, set against the first side's by "while"
// (fight-sides.ts), in a sentence a teller closes — the teller's words name the fight back ("in the
// fighting"), yet the count is its other share, to be added, not the teller's own figure of the toll
// told (other-source-figures.ts would keep the first figure and drop this one).
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { deadOfSideOfFight } from './fight-sides.js';
import { namesBlow } from './operation-fought.js';
import { WHILE } from './doers-dead.js';

/**
 * The clause's dead are the other side's of the fight `event` (deadOfSideOfFight), set against the
 * first by "while" (not both sides counted again, "14 tribal fighters and nine SDF members were
 * killed in the fighting, the monitor said": the toll told, the teller's own figure of it), told in
 * no blow of their own.
 */
export function sideDeadTellerTold(
  event: Building | undefined,
  facts: ClauseFacts,
  sentenceIndex: number,
): boolean {
  return (
    !!event &&
    WHILE.test(facts.matchText) &&
    deadOfSideOfFight(event, facts, sentenceIndex) &&
    !namesBlow(facts.matchText)
  );
}
