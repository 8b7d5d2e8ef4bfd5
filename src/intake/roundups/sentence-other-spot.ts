// A sentence of its own at another spot of the governorate, with its own dead or wounded: another event.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { hasCasualties } from '../incidents/incident-bounds.js';
import { otherSpot } from '../places/incident-places.js';
import type { Building } from '../incidents/incident-types.js';
import { oneOfPlacesTold } from '../places/one-of-places.js';
import { blowNamedBackWithOtherKind } from '../tolls/blow-named-back.js';

/**
 * "A sticky bomb wounded a civil servant in Mansour. Gunmen killed a barber in Hurriya.": a roundup
 * tells its items one sentence each, and two quarters of one city are two events, even where one
 * gives only wounded and the other only dead (counts that would fill each other). As a new
 * paragraph at another spot already does (incident-bounds.ts `newItem`), so does a new sentence,
 * `nth` 0, whose own place is another district or town of the incident told before and that
 * counts its own casualties (not "others", not the ones told before) — and is not one of the
 * places joined by "and" the incident was told at (one-of-places.ts), nor names the blow just told
 * back as its subject with the kind of casualty it lacked (blow-named-back.ts).
 */
export function sentenceAtOtherSpot(
  current: Building,
  facts: ClauseFacts,
  nth: number,
  sentence: number,
): boolean {
  return (
    nth === 0 &&
    !current.sentences.includes(sentence) &&
    hasCasualties(facts) &&
    !facts.additional &&
    !facts.refersBack &&
    !!facts.place?.governorate &&
    !!current.place &&
    otherSpot(current.place, facts.place) &&
    !oneOfPlacesTold(current.place.text, facts.place.text) &&
    !blowNamedBackWithOtherKind(current, facts)
  );
}
