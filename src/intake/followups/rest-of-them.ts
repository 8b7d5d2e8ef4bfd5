// "killed three people, two of them fighters", then "The driver was also killed": the third of the
// three, the one the split left untold, not a fourth.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { otherSpot, sameGovernorate } from '../places/incident-places.js';
import type { Building } from '../incidents/incident-types.js';
import { EN_SMALL } from '../reading/number-words.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { L } from '../reading/word-pattern.js';

/** "…, two of them fighters", "…, 3 of whom were children": how many of the toll the split names. */
const OF_THEM = new RegExp(
  `(?<!${L})(\\d+|${Object.keys(EN_SMALL).join('|')}) of (?:them|whom)(?!${L})`,
  'u',
);

/**
 * The clause's dead are the rest of the incident's toll, told apart after some of them were named
 * ("three people, two of them fighters", then "the civilian driver was also killed"): no more dead
 * than the split left, with no day, other place, attackers or blow of their own. Its other counts
 * (a wounded passenger) still add what the incident lacks.
 */
export function restOfThem(hit: Building, facts: ClauseFacts): boolean {
  const { killed, attackersKilled } = facts.casualties;
  if (typeof hit.killed !== 'number' || typeof killed !== 'number' || attackersKilled !== null) return false;
  if (facts.separate || facts.another || facts.eventDate) return false;
  // ("A helicopter dropped a barrel bomb on a house, killing a man, his wife and their three children":
  // a blow of its own, whose dead are its own, however many the split left)
  if (facts.eventNamed) return false;
  const place = facts.place;
  if (
    place?.governorate &&
    (!sameGovernorate(hit.place, place) || (hit.place && otherSpot(hit.place, place)))
  )
    return false;
  const split = OF_THEM.exec(normalizeForMatch(hit.source));
  if (!split) return false;
  const named = EN_SMALL[split[1]!] ?? Number(split[1]);
  return named < hit.killed && killed <= hit.killed - named;
}
