// The attackers killed in the event just told, counted again in full.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { spanOf, type Count } from '../reading/count.js';

/**
 * "Two attackers were shot dead before they reached the post, and a third blew himself up at its
 * gate", then "All three attackers were killed" ("قتل اثنان من المهاجمين… وفجر ثالث نفسه", then "وقتل
 * المهاجمون الثلاثة"): a count of the attackers alone, as many or more than the event told, with no
 * place, day or blow of its own, is that event's attackers counted in full — not the attackers of
 * another event.
 */
export function fullerCountOfAttackers(told: Count, facts: ClauseFacts): boolean {
  const again = facts.casualties.attackersKilled;
  return (
    again !== null &&
    spanOf(again).low >= spanOf(told).high &&
    !facts.place?.governorate &&
    !facts.eventDate &&
    !facts.eventNamed &&
    !facts.separate &&
    !facts.another
  );
}
