// "وفي قضاء X، هاجم مسلحون نقطة تفتيش، وقتلوا ثلاثة من أفرادها" after a car bomb told in the city: a
// roundup's paragraph that opens on a place of its own and tells a blow of another kind is the next
// item there, though its toll comes only in the clause after it.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { otherBlow } from '../events/other-blow.js';
import { blastBesideGunfire } from '../events/blast-or-gunfire.js';
import { opensAtPlace } from './fronted-place.js';
import { namesOneAnother } from '../places/incident-places.js';

/**
 * Whether the clause opens on a place the gazetteer knows, other than the one `current` was told at,
 * and tells a blow of another kind than `current`'s ("Meanwhile, the governor of X escaped an attempt
 * on his life", then "In X, a car bomb targeted his convoy": the attempt, told at its own town).
 */
export function frontedOtherBlow(current: Building, facts: ClauseFacts): boolean {
  return (
    !!facts.place?.governorate &&
    opensAtPlace(facts.matchText, facts.place.text) &&
    !namesOneAnother(current.placeName ?? current.place?.text ?? '', facts.place.text) &&
    (otherBlow(current.event, facts.event) || blastBesideGunfire(current.event, facts.event))
  );
}
