// A clause with a toll of its own at a known town, after an event told at a village the gazetteer does not know.
import type { ResolvedPlace } from '../../places/types.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { hasCasualties } from '../incidents/incident-bounds.js';
import { namesOneAnother } from './incident-places.js';
import type { Building } from '../incidents/incident-types.js';
import { matchView } from '../reading/view.js';

/** A clause set against the one before: "while …", "whereas …", "فيما …", "بينما …", "في حين …". */
const WHILE = /^\s*(?:while|whereas|و?فيما|و?بينما|في حين)\s/u;

/**
 * "In the village of X, air strikes killed a woman and her son, while two men were killed in a raid
 * on the outskirts of Saraqeb", "…قتلت امرأة وابنها في قرية X، فيما قتل رجلان بغارة على أطراف سراقب":
 * the event before was told at a spot the gazetteer does not know (kept as its name), so the town
 * this clause names, with dead or wounded of its own, is another spot and another event, not where
 * the one before happened — though the two tolls may be the same figure. (Not a clause joined by
 * "و": "قتل مختار قرية ونجله، وأصيب شقيقه، … في قرية الخوينة" tells the place of the whole sentence.)
 */
export function afterUnknownSpot(
  clauseText: string,
  facts: ClauseFacts,
  place: ResolvedPlace | null,
  current: Building | undefined,
  nth: number,
): boolean {
  if (nth === 0 || !current || current.place?.governorate || !current.placeName) return false;
  if (!place?.governorate || !hasCasualties(facts) || !WHILE.test(matchView(clauseText).text)) return false;
  return !namesOneAnother(current.placeName, place.text);
}
