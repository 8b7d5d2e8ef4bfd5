// Which incident already told a count with no event, day or place of its own belongs to.
import type { IncidentEvent } from '../../content/schema.js';
import { toldHarmless } from '../events/no-losses.js';
import { otherBlow } from '../events/other-blow.js';
import { namesBlowOfItsOwn } from '../events/blow-of-its-own.js';
import { ownPeopleOfTold } from '../followups/own-people.js';
import { sameGovernorate } from '../places/incident-places.js';
import { spotOfItsOwn } from '../places/spot-of-its-own.js';
import { matchView } from '../reading/view.js';
import { sameCount, type Count } from '../reading/count.js';
import type { ClauseFacts } from './clause-facts.js';
import { hasCasualties } from './incident-bounds.js';
import { withinGap } from './incident-followups.js';
import type { Building } from './incident-types.js';
import { isGeneric } from './same-event.js';
import { countOfLatestTold } from '../tolls/count-of-latest-told.js';

/** A count the incident can take: of a kind it lacks, or the same as its own. */
const fits = (told: Count | null, count: Count | null): boolean =>
  count === null || told === null || sameCount(told, count);

/** No event, or a generic "attack" (same-event.ts): it fits any kind. */
const generic = (e: IncidentEvent | null): boolean => e === null || isGeneric(e);

/**
 * The clause names no blow, or one of the kind of event the incident is ("an exchange of fire" in a
 * raid told as a battle, "the strikes" after aircraft and artillery struck), never a bomb on the spot
 * after a blow from afar (other-blow.ts); or either is a generic attack.
 */
const sameKindOfBlow = (b: Building, facts: ClauseFacts): boolean =>
  !facts.eventNamed ||
  generic(b.event) ||
  generic(facts.event) ||
  (b.event?.type === facts.event?.type && !otherBlow(b.event, facts.event));

/** The incident can take the clause's counts, at its governorate, or one of them placed in none yet. */
const canTake = (b: Building, facts: ClauseFacts, sentence: number): boolean =>
  withinGap(b, sentence) &&
  (!facts.place?.governorate || !b.place?.governorate || sameGovernorate(b.place, facts.place)) &&
  fits(b.killed, facts.casualties.killed) &&
  fits(b.wounded, facts.casualties.wounded) &&
  sameKindOfBlow(b, facts);

/** The incident was told as having harmed no one, and counts none: "the rockets … caused no injuries". */
const harmless = (b: Building): boolean =>
  b.killed === null && b.wounded === null && toldHarmless(matchView(b.source).text);

/**
 * The clause names the blow it counts by "the" and by the governorate of its place ("Two other
 * soldiers were wounded in the Baghdad blast", "killed in the Mosul car bombing"): a blow told
 * before at that place, whatever was told between.
 */
const placedBlowToldBefore = (facts: ClauseFacts): boolean =>
  facts.eventNamed && !!facts.place?.governorate && !namesBlowOfItsOwn(facts.matchText);

/**
 * The incident already told that a count with no event, day or place of its own belongs to, decided
 * from the count's subject and the incidents before it, or undefined to leave it to the order of the
 * text:
 * - people counted as "its", "their" men ("Two of its fighters were wounded in an exchange of fire",
 *   "وأصيب اثنان من عناصره"): the men of a side of the event just told, whatever paragraph they come in;
 * - a count after an event told as having harmed no one ("two rockets … caused no injuries", then "the
 *   strikes … wounding two soldiers"): of the latest event before it that was not so told;
 * - a count of a blow named by "the" and its place ("in the Baghdad blast") after an event told at
 *   another place: of the latest event told at that place, of that kind of blow.
 * Either way the incident must be able to take the count: a kind of casualty it lacks or the same
 * figure, the same kind of blow, its governorate, within a few sentences.
 */
export function homeOfCount(
  built: readonly Building[],
  facts: ClauseFacts,
  sentence: number,
): Building | undefined {
  const last = built[built.length - 1];
  if (!last || !hasCasualties(facts)) return undefined;
  if (facts.eventDate || facts.separate || facts.another || facts.similar || facts.aggregate)
    return undefined;
  if (ownPeopleOfTold(facts.matchText))
    return canTake(last, facts, sentence) && !spotOfItsOwn(last, facts) ? last : undefined;
  if (placedBlowToldBefore(facts) && last.place?.governorate && !sameGovernorate(last.place, facts.place!))
    return built.findLast(
      (b) => b.place?.governorate && b.event?.type === facts.event?.type && canTake(b, facts, sentence),
    );
  if (!harmless(last)) return undefined;
  return built.findLast((b) => b !== last && !harmless(b) && canTake(b, facts, sentence));
}

/**
 * The incident a count naming no event, day or place of its own goes on about where the last one
 * built cannot take it but the one told of in the latest sentence can (count-of-latest-told.ts): a
 * teller's count after more on the lead's first event fills that one, not the last event's own count.
 */
export function homeOfLatestTold(
  built: readonly Building[],
  facts: ClauseFacts,
  sentence: number,
): Building | undefined {
  if (!hasCasualties(facts) || facts.eventNamed || facts.place?.governorate) return undefined;
  if (facts.eventDate || facts.separate || facts.another || facts.similar || facts.aggregate)
    return undefined;
  if (facts.risenTo || facts.claims || facts.denied || facts.additional) return undefined;
  return countOfLatestTold(built, (b) => canTake(b, facts, sentence));
}
