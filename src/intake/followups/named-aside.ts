// A clause that opens with the event just told, by its definite name, and an aside about it.
import { DEFINITE_EVENTS_AR, DEFINITE_EVENTS_EN } from '../incidents/clause-links.js';
import { anyOf } from '../reading/word-pattern.js';

/** The definite name, then an aside between commas ("، التي …،", ", backed by …,"). */
const OPENS_WITH_NAMED_ASIDE = new RegExp(
  `^["«“]?\\s*(?:(?:${anyOf(DEFINITE_EVENTS_AR.flatMap((w) => [w, `و${w}`]))})|the (?:${DEFINITE_EVENTS_EN}))\\s*[،,][^،,.؛;]{1,120}[،,]`,
  'u',
);

/**
 * "The raid, backed by F-16 jets, targeted caves near Hatra", "الغارة، التي نفذتها طائرة مسيّرة،
 * استهدفت سيارة قرب القامشلي": only an event already told is named so and then described; the clause
 * tells more of it (where it hit, what backed it), not another event, whatever the aside holds.
 * `text` is the clause in matching form.
 */
export function opensWithNamedAside(text: string): boolean {
  return OPENS_WITH_NAMED_ASIDE.test(text);
}
