// "…the killing of two council members last month. One fighter was injured during the operation":
// the story's event, not the background told in between.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { hasCasualties } from '../incidents/incident-bounds.js';
import { withinGap } from '../incidents/incident-followups.js';
import type { Building } from '../incidents/incident-types.js';

/**
 * A toll told of the event by its definite name ("during the operation", "خلال العملية"), with no day
 * or place of its own, right after an earlier event told in passing (dated before the incident told
 * before it: "the cell was behind the killing of two council members last month"): the incident the
 * article told before the background, where the clause only gives what that one lacks. Returns that
 * incident, or null.
 */
export function mainPastBackground(
  built: readonly Building[],
  facts: ClauseFacts,
  sentence: number,
): Building | null {
  if (!facts.refersBack || facts.eventDate || facts.place?.governorate || !hasCasualties(facts)) return null;
  const background = built[built.length - 1];
  const main = built[built.length - 2];
  if (!background?.date || !main?.date || background.date.to >= main.date.from) return null;
  if (!withinGap(background, sentence)) return null;
  const { killed, wounded } = facts.casualties;
  if ((killed !== null && main.killed !== null) || (wounded !== null && main.wounded !== null)) return null;
  return main;
}
