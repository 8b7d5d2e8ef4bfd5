// A lead toll told of two towns it names together: the sum of the two items told after it.
import type { Building } from '../incidents/incident-types.js';
import { matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';

const KIND_AR = ['مدينة', 'بلدة', 'قرية', 'حي', 'مخيم'];
/** "بلدتي X وY": the construct dual of a kind of place. */
const TWO_KIND_AR = ['مدينتي', 'بلدتي', 'قريتي', 'حيي', 'مخيمي'];
/** "الطريق الواصل بين مدينة X وبلدة Y", "بين بلدتي X وY": one spot on the road between two towns, not the two. */
const BETWEEN_AR = anyOf(['بين']);

/**
 * "ارتفعت حصيلة القصف الذي استهدف مدينة كفرنبل وبلدة حاس إلى ١١ مدنياً", "بلدتي X وY", "strikes on the
 * towns of X and Y killed 11": the lead's place is two towns, so its toll is summed over the two,
 * and a later paragraph at either, with a toll of its own, is one of its items, not more of the lead
 * (not "on the road between the town of X and the village of Y": one spot).
 */
const TWO_TOWNS = new RegExp(
  [
    `(?<!${L})(?<!${BETWEEN_AR} )(?:${anyOf(KIND_AR)}) [^\\s،,]+(?: [^\\s،,]+)? و(?:${anyOf(KIND_AR)}) `,
    `(?<!${L})(?<!${BETWEEN_AR} )(?:${anyOf(TWO_KIND_AR)}) [^\\s،,]+(?: [^\\s،,]+)? و`,
    `(?<!${L})(?<!between the )(?:towns|villages|cities) of \\S+(?: \\S+)? and `,
  ].join('|'),
  'u',
);

export function leadOfTwoTowns(lead: Building | undefined): boolean {
  if (!lead || lead.sentences.length !== 1 || !lead.place) return false;
  if (lead.killed === null && lead.wounded === null) return false;
  return TWO_TOWNS.test(matchView(lead.place.text).text);
}
