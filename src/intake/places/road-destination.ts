// A place told only as where a road leads: the road's end, not where the event on it happened.
import { normalizeForMatch } from '../../text/normalize.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { SUBJECT_BACK } from '../incidents/clause-links.js';
import type { Building } from '../incidents/incident-types.js';
import { escapeRegExp } from '../reading/word-pattern.js';

/** "the road to", "the main highway leading to", "الطريق المؤدي إلى", right before the place's name. */
const ROAD_TO =
  /(?:(?:road|highway)\s+(?:leading\s+)?to(?:\s+the)?(?:\s+(?:city|town|village)\s+of)?|(?:الطريق|طريق)\s+(?:(?:المؤدي|الواصل|الموصل)\s+)?(?:الى|نحو)(?:\s+(?:مدينه|بلده|قريه))?)\s+$/u;

/**
 * "Clashes … erupted overnight in the town of Tuz Khurmatu", then "The fighting broke out late Monday
 * after an argument at a checkpoint on the road to Kirkuk": the event just told, named back, whose
 * clause names a place of another governorate only as where a road leads — the spot is on the road
 * out of the event's town, not in the town the road reaches.
 */
export function sameEventOnRoad(current: Building, facts: ClauseFacts): boolean {
  if (!current.place?.governorate || !facts.place?.governorate) return false;
  if (!facts.refersBack && !SUBJECT_BACK.test(facts.matchText)) return false;
  const name = new RegExp(escapeRegExp(normalizeForMatch(facts.place.text)), 'u').exec(facts.matchText);
  return !!name && ROAD_TO.test(facts.matchText.slice(Math.max(0, name.index - 60), name.index));
}
