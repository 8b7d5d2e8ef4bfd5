// The wounded still in care after a toll rose are the event's wounded now.
import { spanOf } from '../reading/count.js';
import type { Building } from '../incidents/incident-types.js';

/**
 * "The toll rose to three", "two had been killed and three wounded", then "two wounded are still
 * being treated" ("ارتفعت الحصيلة إلى ثلاثة" … "فيما لا يزال جريحان يتلقيان العلاج"): fewer in care
 * than were wounded, after a toll that rose as the wounded died — the wounded as they are now. Not
 * where the rise told the wounded too (`woundedRisen`: "bringing the toll to six dead and 13
 * wounded", "لترتفع الحصيلة إلى ستة قتلى و13 جريحاً"): those are the wounded now already, and the
 * ones still in care told after them ("Three others are still in a serious condition") a share of them.
 */
export function treatedAfterRise(
  hit: Building,
  treated: number,
  risen: boolean,
  woundedRisen: boolean,
): boolean {
  return risen && !woundedRisen && hit.wounded !== null && treated < spanOf(hit.wounded).low;
}
