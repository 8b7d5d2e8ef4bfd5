// A toll told risen by the death of some of its wounded, with no day of the attack, then the count
// an account gave before they died, with the attack's day: one event, as it stands now.
import type { ClauseFacts } from '../clause-facts.js';
import { spanOf } from '../count.js';
import { sameGovernorate } from '../incident-places.js';
import type { Building } from '../incident-types.js';
import { tellsRisenToll } from '../toll-update.js';
import { matchView } from '../view.js';
import { diesOfWounds } from './phrases.js';

/**
 * "ارتفعت حصيلة الهجوم إلى ثمانية قتلى بعد وفاة أحد الجرحى صباح اليوم" (the morning is the death's),
 * then "مسلحون فتحوا النار عصر أمس الأحد … ما أسفر عن مقتل سبعة وإصابة ثلاثة"; "the toll rose to five
 * after two of the wounded died", then "gunmen opened fire late on Saturday, killing three and wounding
 * four": fewer dead, and at least as many wounded as the dead added, on the day of the attack — the
 * count before the rise, not another event. The risen toll keeps its dead; the merge leaves the wounded
 * who did not die (wounded-left.ts).
 */
export function countBeforeDeaths(risen: Building, facts: ClauseFacts): boolean {
  if (risen.date || !facts.eventDate || facts.separate || facts.another || facts.similar) return false;
  const { killed, wounded } = facts.casualties;
  if (killed === null || typeof risen.killed !== 'number') return false;
  const added = risen.killed - spanOf(killed).high;
  if (added <= 0 || (wounded !== null && spanOf(wounded).low < added)) return false;
  if (facts.place?.governorate && !sameGovernorate(risen.place, facts.place)) return false;
  const told = matchView(risen.source).text;
  return tellsRisenToll(told) && diesOfWounds(told);
}
