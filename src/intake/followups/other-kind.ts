// The other kind of casualty, told in the sentence of the event with where it happened.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { refines } from '../places/incident-places.js';
import type { Building } from '../incidents/incident-types.js';
import { offCity } from '../places/off-city.js';

/**
 * "ففي ريف إدلب الجنوبي، قتل ٥ مدنيين، وأصيب ١٠ آخرون، جراء غارات على بلدة كفرنبل" (in southern rural
 * Idlib five were killed and ten others wounded in strikes on Kafr Nabl); "In Nineveh province four
 * were killed, and two others were wounded when a mortar hit the market of Tal Afar": a clause of the
 * event's own sentence giving only the kind of casualty it lacks, at a spot inside the broader place
 * it was told at, tells where that event happened — not another event at another spot. So does one
 * told only as a side of a city ("قتل ستة من عناصر صحوة الطارمية، وأصيب 11 آخرون بهجوم … في القضاء
 * الواقع على بعد 50 كم شمال بغداد"): a way to say where the town told lies, no spot of its own.
 */
export function otherKindAtSharperSpot(
  current: Building,
  facts: ClauseFacts,
  sentenceIndex: number,
): boolean {
  const { killed, wounded } = facts.casualties;
  const lacks =
    killed === null
      ? wounded !== null && current.wounded === null && current.killed !== null
      : wounded === null && current.killed === null && current.wounded !== null;
  return (
    lacks &&
    current.sentences.includes(sentenceIndex) &&
    // (a day it gives is the event's where the clause before gave none)
    (!facts.eventDate || !current.date) &&
    !!facts.place?.governorate &&
    (refines(current.place, facts.place) || offCity(facts.place))
  );
}
