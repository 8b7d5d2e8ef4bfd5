// A teller set against the account before, telling the event's blow again in its own words.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { classifyEvent } from '../events/classify-event.js';
import { OTHER_SIDE } from './source-account.js';

/**
 * "من جهته، قال مصدر في الوزارة إن 12 مدنياً قتلوا عندما سقطت أربع قذائف هاون على السوق", "For its
 * part, the ministry said nine died when mortar rounds hit the market": a teller set against the
 * account before ("for its part", "من جهته") who says how its dead died names the blow without the
 * article, as a teller does, yet of the kind the event told was: that blow again, no blow of its own
 * (`figure`: the words its figure counts, in matching form).
 */
export function blowRetoldSetAgainst(told: Building, facts: ClauseFacts, figure: string): boolean {
  if (!told.event || !OTHER_SIDE.test(facts.matchText)) return false;
  return classifyEvent(figure, []).event?.subType === told.event.subType;
}
