// Where a clause's event happened, read against the incident told just before it (incidents.ts).
import type { ResolvedPlace } from '../../places/types.js';
import { liesNear } from '../../places/resolve.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { hasCasualties } from '../incidents/incident-bounds.js';
import {
  NEARBY,
  NEARBY_SPOT,
  NEARBY_VILLAGE,
  SAME_PLACE,
  namesOneAnother,
  otherSpot,
  sameGovernorate,
} from './incident-places.js';
import type { Building, IncidentContext } from '../incidents/incident-types.js';
import { unknownPlaceName, withUnknownSpot } from './unknown-place.js';
import { namesOwnGovernorate } from './own-governorate.js';
import { placedAfterNearby } from './nearby-named.js';
import { withoutNearbyBuildings } from './nearby-buildings.js';
import { countsBothSidesOf } from '../tolls/both-sides-counted.js';

/** "neighbouring Aleppo province", "the neighbouring province of Hama", "محافظة حماة المجاورة". */
const NEIGHBOURING_PROVINCE =
  /(?<![\p{L}])(?:neighbou?ring\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:province|governorate)|محافظة\s+(?:[\p{L}]+\s+){1,2}?المجاورة)(?![\p{L}])/u;

/**
 * "hit the Erbil airport base and nearby residential areas", "على المطار والأحياء القريبة منه": what
 * lies near the place the clause names itself, told with it; the place stands, not the one before.
 */
const AND_NEARBY =
  /(?<![\p{L}])(?:and (?:the )?(?:nearby|neighbou?ring)|وال[\p{L}]+ (?:القريبة|المجاورة|القريب|المجاور))(?![\p{L}])/u;

export interface ClausePlace {
  /** The clause's place, or the one before's where it points there; null when it names none. */
  place: ResolvedPlace | null;
  /** "وفي قرية حاس المجاورة", "in a nearby village": another spot near the place just told. */
  nearSpot: boolean;
  /** A clause of the sentence after its first, at another spot than the incident before. */
  elsewhere: boolean;
}

/** `nth` is the clause's position in its sentence; `current` the incident told just before. */
export function clausePlace(
  clauseText: string,
  facts: ClauseFacts,
  current: Building | undefined,
  nth: number,
  ctx: IncidentContext,
): ClausePlace {
  // "على قرية النيرب القريبة", "a village nearby": near the place just told, whatever governorate
  // another place of that name lies in
  // (not houses hit around the clause's own spot: "على المنازل القريبة", nearby-buildings.ts)
  const nearby =
    NEARBY.test(withoutNearbyBuildings(clauseText)) &&
    !AND_NEARBY.test(clauseText) &&
    !facts.separate &&
    // "the neighbouring province of Daraa" names its governorate itself, and so does a town "in
    // neighbouring Aleppo province" ("في بلدة … بمحافظة حماة المجاورة"): it is there, not near
    facts.place?.precision !== 'governorate' &&
    !NEIGHBOURING_PROVINCE.test(clauseText) &&
    // ("In nearby Eastern Ghouta, … in the town of Arbeen" names where it is: nearby-named.ts)
    !placedAfterNearby(clauseText, facts.place, ctx.resolvePlace) &&
    // (so does "قضاء طوز خورماتو المجاور التابع لمحافظة صلاح الدين", naming it outright)
    !namesOwnGovernorate(facts.text, facts.place, ctx.resolvePlace, ctx.lang) &&
    !!current?.place?.governorate &&
    !!facts.place?.governorate &&
    !sameGovernorate(current.place, facts.place) &&
    // ("the nearby town of Ain Tarma" after Jobar of Damascus: a town a few kilometres off, over the
    // line of the governorate around the city, is that town, no namesake)
    !liesNear(facts.place.text, current.place.text);
  const nearSpot =
    !facts.place?.governorate &&
    (NEARBY_SPOT.test(clauseText) || (hasCasualties(facts) && NEARBY_VILLAGE.test(clauseText))) &&
    !facts.separate;
  const place = nearby
    ? current!.place
    : facts.place && facts.place.governorate
      ? withUnknownSpot(
          clauseText,
          facts.place,
          ctx.lang,
          (name) => ctx.resolvePlace(name, ctx.lang) !== null,
        )
      : // "في الجزيرة نفسها", "at the same checkpoint": where the event told before happened
        // "وفي قرية حاس المجاورة", "in a nearby village": near the place just told, its name unknown
        (SAME_PLACE.test(clauseText) || nearSpot) && current?.place?.governorate
        ? current.place
        : null;
  // "…in Kut, while in Suwaira gunmen killed…": a clause of its own at another town is another event
  // (so is one at a town the gazetteer does not know: "…، فيما قتل رجل بقصف على بلدة ناحتة"; also
  // after an event told only at such a spot: "قتل وجرح 18 في حي X، فيما قتل طفلان في حي Y")
  const toldAt = current?.place?.text ?? current?.placeName ?? null;
  // (not the toll of both sides of the clash just told: both-sides-counted.ts)
  const unknownTown =
    nth > 0 &&
    !facts.place?.governorate &&
    hasCasualties(facts) &&
    toldAt !== null &&
    !countsBothSidesOf(current, clauseText)
      ? unknownPlaceName(clauseText, ctx.lang)
      : null;
  const elsewhere =
    (nth > 0 &&
      !!facts.place?.governorate &&
      !!current?.place &&
      (otherSpot(current.place, facts.place) ||
        // with dead or wounded of its own at a spot the one before does not name ("…، فيما عثر على
        // جثة في أطراف ناحية مندلي")
        (hasCasualties(facts) && !namesOneAnother(current.place.text, facts.place.text)))) ||
    (unknownTown !== null && !namesOneAnother(toldAt ?? '', unknownTown));
  return { place, nearSpot, elsewhere };
}
