// "…the killing of two council members last month. One fighter was injured during the operation":
// the story's event, not the background told in between.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { hasCasualties } from '../incidents/incident-bounds.js';
import { withinGap } from '../incidents/incident-followups.js';
import type { Building } from '../incidents/incident-types.js';
import { ANY_WEEKDAY } from '../dates/date-patterns.js';
import { matchView } from '../reading/view.js';
import { CLAUSE_HEAD } from '../reading/word-pattern.js';

/** "Last Saturday, …", "On Friday, …", "ويوم السبت الماضي، …": a clause opening on a weekday. */
const ON_A_WEEKDAY = new RegExp(
  `${CLAUSE_HEAD}(?:(?:last|on|early|late|early on|late on)\\s+)?(?:${ANY_WEEKDAY.source})|${CLAUSE_HEAD}و?(?:في\\s+)?(?:يوم\\s+)?(?:${ANY_WEEKDAY.source})`,
  'u',
);

const opensOnItsDay = (clause: string): boolean => ON_A_WEEKDAY.test(matchView(clause).text);

/**
 * A toll told of the event by its definite name ("during the operation", "خلال العملية"), with no day
 * or place of its own, right after an earlier event told in passing (dated before the incident told
 * before it: "the cell was behind the killing of two council members last month"): the incident the
 * article told before the background, where the clause only gives what that one lacks — not where
 * the background has a paragraph of its own the toll is told in. Returns that incident, or null.
 */
export function mainPastBackground(
  built: readonly Building[],
  facts: ClauseFacts,
  sentence: number,
  paragraph: number,
): Building | null {
  if (!facts.refersBack || facts.eventDate || facts.place?.governorate || !hasCasualties(facts)) return null;
  const background = built[built.length - 1];
  const main = built[built.length - 2];
  if (!background?.date || !main?.date || background.date.to >= main.date.from) return null;
  if (!withinGap(background, sentence)) return null;
  // (a background told as an item of its own, opening a paragraph on its day, "Last Saturday,
  // gunmen stormed…", then "One guard was shot dead in the clash": its own toll, in its paragraph)
  if (background.paragraph === paragraph && main.paragraph !== paragraph && opensOnItsDay(background.source))
    return null;
  const { killed, wounded } = facts.casualties;
  if ((killed !== null && main.killed !== null) || (wounded !== null && main.wounded !== null)) return null;
  return main;
}
