// A clause that ends in a colon: the heading of what the text lists after it.
import type { ClauseFacts } from '../incidents/clause-facts.js';

/**
 * "Eleven bodies were also recovered:", "كما عُثر على جثث 11 شخصاً:": a count naming no event, that
 * ends in a colon after the lead, announces the items told after it, each with its own figures (or
 * remains of long ago): it is no event of its own. (The lead's own total over the items, "At least
 * ten people were killed in violence across Iraq:", is left to lead-totals.ts; a clause naming its
 * event, "…أسفر عن مقتل ثلاثة أشخاص، هم:", lists its victims.)
 */
export function headsList(clauseText: string, facts: ClauseFacts, sentenceIndex: number): boolean {
  return sentenceIndex > 0 && !facts.eventNamed && /[:：]\s*$/u.test(clauseText);
}
