// "No group claimed the attack, but officials blamed IS remnants": the suspected doer of the event told.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { hasCasualties } from '../incidents/incident-bounds.js';
import { L, anyOf } from '../reading/word-pattern.js';

/** "blamed", "blaming", "accused", "حمّلت … المسؤولية", "اتهم": a side names whom it holds to account. */
const BLAMES = new RegExp(
  `(?<!${L})(?:blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|${anyOf(['حمل', 'حملت', 'حملوا', 'يحمل', 'تحمل', 'اتهم', 'اتهمت', 'اتهموا', 'يتهم', 'تتهم'])})(?!${L})`,
  'u',
);

/**
 * The clause only blames a group for what happened ("No group claimed responsibility, but officials
 * blamed IS remnants, who remain active in the area"): no event, no toll of its own, no similar
 * events named, and every side it names only suspected — the doer the article supposes for the
 * event just told (the caller checks that event has no doer told).
 */
export function blamesDoer(matchText: string, facts: ClauseFacts): boolean {
  // ("blamed IS and Kurdish militants for a series of similar bombings": for other events, not this one)
  if (facts.event !== null || facts.similar || hasCasualties(facts) || facts.actors.length === 0)
    return false;
  if (!facts.actors.every((a) => facts.suspected.includes(a))) return false;
  return BLAMES.test(matchText);
}
