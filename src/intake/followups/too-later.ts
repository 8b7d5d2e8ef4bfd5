// One more victim told "too" a sentence or two after the toll: more of that event, not a retelling.
import { addsOthers } from '../tolls/casualties-conflict.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { saysToo } from '../events/he-too.js';
import type { Building } from '../incidents/incident-types.js';
import { alsoHit } from '../tolls/wounded-died/phrases.js';

/**
 * "باستشهاد اثنين من عناصرها", then, after the source's account, "وأضاف أن ضابطاً قتل هو الآخر"
 * ("an officer was killed too", "two passers-by were also wounded"): victims told as hit "too" add
 * to the event told a sentence or two before, as they do right after it. Only the "too" of the
 * victims themselves: "فيما أصيب خمسة آخرون" after the names of the dead are others than the dead,
 * the wounded the lead counted already.
 */
export function addsTooLater(current: Building, facts: ClauseFacts): boolean {
  return (saysToo(facts.matchText) || alsoHit(facts.matchText)) && addsOthers(current, facts);
}
