// The part of a clause that can say where its event happened: every place it names for another
// reason is blanked first, so the resolver reads only the event's.
import type { Language } from '../../../content/schema.js';
import type { PlaceResolver } from '../../incidents/clause-facts.js';
import { withoutCameFrom } from './came-from.js';
import { withoutCapitalAsGovernment } from './capital-as-government.js';
import { withoutBusyElsewhere } from './busy-elsewhere.js';
import { withoutCourtSeat } from './court-seat.js';
import { withoutDayNamedBy } from './day-named-by.js';
import { withoutDoersBase } from './doers-base.js';
import { withoutDoersFiredFrom } from './doers-fired-from.js';
import { withoutSeatGloss } from './seat-gloss.js';
import { withoutMeasuredGloss } from './measured-gloss.js';
import { withoutFarMeasure } from './far-measure.js';
import { withoutSinceEvent } from './since-event.js';
import { withoutHome } from './hails-from.js';
import { withoutTravellersHome } from './travellers-home.js';
import { withoutGroupHome } from './group-from.js';
import { withoutTellerAtCare } from './teller-at-care.js';
import { withoutBurialPlace } from './burial-place.js';
import { ORIGIN } from './origin.js';
import { DISPLACED_FROM } from './displaced-from.js';
import { withoutPastDeeds } from './past-deeds.js';
import { withoutNewsCameAfter } from './news-came-after.js';
import { withoutCrossRoads } from './road-between.js';
import { withoutRoadEnds } from './road-leads-to.js';
import { ROUTE_ENDS } from './route-ends.js';
import { CARRIED_BETWEEN } from './carried-between.js';
import { withoutAttributedOffices, withoutTellerPlaces } from './source-place.js';
import { withoutTakenFrom } from './taken-from.js';

export interface EventPlaceOptions {
  lang: Language;
  resolvePlace: PlaceResolver;
  /** The clause tells a toll: a teller's town ("a doctor at Tikrit hospital said") is then left out too. */
  tellsToll: boolean;
  /**
   * The clause gives a day (or night) of its own at or past this offset of the text as written
   * ("…بعد يومين من تفجير … مساء الجمعة"): not the distance from the news ("بعد أسابيع من"). Without
   * it, no day is known.
   */
  ownDayFrom?: (at: number) => boolean;
}

/**
 * The clause's text (as written) less the places that are not its event's: where the attackers came
 * from (came-from.ts) or are posted (doers-base.ts), or are when they fire (doers-fired-from.ts); the seat of an office a toll is attributed to
 * and, with a toll, the teller's town (source-place.ts); a road named by towns of two governorates
 * (road-between.ts); where fire came from, the attackers fled, the displaced came from (origin.ts,
 * displaced-from.ts) or the vehicles were bound (origin.ts); the ends of the victims' journey (route-ends.ts)
 * or of what a pipeline carries (carried-between.ts); the town a road
 * on which it happened leads to (road-leads-to.ts); the news an earlier event with a place of its
 * own is told as coming before (news-came-after.ts); where someone
 * is accused of having done wrong before (past-deeds.ts); where a court that ruled on it sits
 * (court-seat.ts); the fight a side is told busy with elsewhere (busy-elsewhere.ts); a district's
 * seat told as a gloss (seat-gloss.ts); the city a town named is measured from (measured-gloss.ts), or any spot, a hundred kilometres off (far-measure.ts); where the dead found had been seized
 * (taken-from.ts); a day named by another happening and where it was (day-named-by.ts); a capital
 * named for its government (capital-as-government.ts); an earlier event a span is told since
 * (since-event.ts); where a
 * person told by nationality comes
 * from (hails-from.ts), or travellers (travellers-home.ts), or most of a group (group-from.ts); the hospital a teller speaks from (teller-at-care.ts); where a funeral that names its dead was held (burial-place.ts). Where the wounded
 * were treated is left out by the resolver itself (places/care-place.ts).
 */
export function eventPlaceText(
  text: string,
  { lang, resolvePlace, tellsToll, ownDayFrom }: EventPlaceOptions,
): string {
  // (the news is blanked first, on the text as written, where the clause's days are told)
  const untold = withoutCourtSeat(
    withoutNewsCameAfter(
      withoutSeatGloss(
        withoutBusyElsewhere(
          withoutDayNamedBy(withoutCapitalAsGovernment(withoutFarMeasure(withoutMeasuredGloss(text)))),
        ),
      ),
      lang,
      resolvePlace,
      ownDayFrom ?? (() => false),
    ),
    lang,
    resolvePlace,
  );
  const placeText = withoutDoersFiredFrom(
    withoutDoersBase(
      withoutCrossRoads(
        withoutAttributedOffices(
          withoutCameFrom(
            withoutTakenFrom(
              withoutPastDeeds(
                withoutHome(
                  withoutTravellersHome(
                    withoutGroupHome(
                      withoutTellerAtCare(
                        withoutSinceEvent(withoutBurialPlace(untold, lang, resolvePlace), lang, resolvePlace),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
        lang,
        resolvePlace,
      ),
      lang,
      resolvePlace,
    ),
    lang,
    resolvePlace,
  )
    .replace(ORIGIN, ' ')
    .replace(DISPLACED_FROM, ' ')
    .replace(ROUTE_ENDS, ' ')
    .replace(CARRIED_BETWEEN, ' ');
  const onTheSpot = withoutRoadEnds(placeText, lang, resolvePlace);
  return tellsToll ? withoutTellerPlaces(onTheSpot) : onTheSpot;
}
