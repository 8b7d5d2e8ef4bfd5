// "Others" killed at a spot of their own, whom the lead's toll counts beside the item just told.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { sameCount, sumCounts } from '../reading/count.js';

/**
 * "the village of Kafr X", "the town of Tal Y", "قرية X", "بلدة X": the spot a clause names by its kind
 * and its name (the name, for comparing with the spot told before).
 */
const SPOT_OF_KIND =
  /(?<![\p{L}])(?:(?:village|town|city|hamlet|camp|neighbou?rhood|district)\s+of\s+((?:(?:al|el|ad|as|ash|ar|an|at|az)-)?\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:al|el)-)?\p{Lu}[\p{L}’'-]*){0,2})|(?:قرية|بلدة|مدينة|مخيم|حي)\s+([\p{L}\p{M}]+(?:\s+ال[\p{L}\p{M}]+)?))/u;

/**
 * "Air strikes killed at least six civilians in the region on Sunday", "Four were killed when
 * warplanes struck the town of X", then "Two others died in barrel-bomb attacks on the village of Y":
 * the others, told at a spot named by its kind that the item before did not name, are the rest of
 * the lead's toll (the item's dead and theirs add up to it) — the next item, not more dead of that one.
 */
export function othersTheLeadSums(
  lead: Building | undefined,
  current: Building | undefined,
  facts: ClauseFacts,
): boolean {
  if (!lead || !current || lead === current || !facts.additional) return false;
  const { killed } = facts.casualties;
  if (killed === null || lead.killed === null || current.killed === null) return false;
  if (!sameCount(sumCounts([current.killed, killed]), lead.killed)) return false;
  const spot = SPOT_OF_KIND.exec(facts.text);
  const name = spot?.[1] ?? spot?.[2];
  return !!name && !current.source.includes(name);
}
