// A clause that tells the event just told again: another source's toll of it, or the event as the
// subject of what it did.
import { opensAtPlace } from '../roundups/fronted-place.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { SUBJECT_BACK, TOLL_WORD } from '../incidents/clause-links.js';
import { sameCount, type Count } from '../reading/count.js';
import { countBeforeRise } from './earlier-count.js';
import { namesOneAnother, otherSpot, sameGovernorate } from '../places/incident-places.js';
import type { Building } from '../incidents/incident-types.js';
import { namedAgainAsSubject } from './subject-again.js';
import { atItsPlace } from '../places/source-at-place.js';
import { dayOfToll } from '../dates/toll-day.js';
import { toldOnSameDay } from '../dates/same-day.js';
import { spotNamed } from '../places/spot-of-its-own.js';

/**
 * A toll with no event, place or date of its own: the event just told, in another source's figures
 * or as it stood before it rose.
 */
export function retold(facts: ClauseFacts, current: Building): boolean {
  // "وفي الميادين، قضى الشاب …" after an event told elsewhere: a paragraph that opens on a place of its
  // own, one the event told does not name, is the next item there (fronted-place.ts)
  if (
    facts.place?.governorate &&
    opensAtPlace(facts.matchText, facts.place.text) &&
    !namesOneAnother(current.place?.text ?? '', facts.place.text)
  )
    return false;
  // (so is one that opens on a spot the gazetteer does not know, or knows only by its city, other than
  // the event's: "وفي حي طريق حلب، قتل ثلاثة" after four killed in another quarter of the city)
  const spot = spotNamed(facts);
  if (
    spot &&
    opensAtPlace(facts.matchText, spot) &&
    !namesOneAnother(current.placeName ?? current.place?.text ?? '', spot)
  )
    return false;
  // "A security source told AFP that two people were wounded": a toll in a source's words, naming no
  // event of its own, is the event just told
  // (so is one that names the toll as such, whatever it says of the event: "قال المرصد إن عدد القتلى بلغ
  // تسعة، مرجحاً أن تكون الغارات أردنية", "the monitor said the death toll had reached nine")
  // (not one told as on "the same day", "في اليوم ذاته": another blow that day, same-day.ts)
  const sourcedToll =
    facts.sourced &&
    (!facts.eventNamed || TOLL_WORD.test(facts.matchText)) &&
    !toldOnSameDay(facts.matchText) &&
    !facts.additional &&
    !facts.another &&
    !facts.similar;
  // "أكدت تنسيقية المتظاهرين في الناصرية أن عدد القتلى بلغ خمسة": a toll told at the event's own town
  const ownPlace =
    !facts.place?.governorate ||
    // ("The Aleppo Media Center said 11 people were killed in al-Shaar" after nine "in the al-Shaar
    // neighborhood" of eastern Aleppo: the event's own place, source-at-place.ts)
    (sourcedToll && atItsPlace(current.place, facts.place)) ||
    (facts.tollOnly &&
      !!current.place &&
      sameGovernorate(current.place, facts.place) &&
      !otherSpot(current.place, facts.place)) ||
    // ("…strikes in eastern Syria killed 14", then "a Deir ez-Zor network put the toll at 17": a
    // toll told in a governorate of the country the event was placed in, and no sharper)
    (facts.tollOnly &&
      !!current.place &&
      !current.place.governorate &&
      current.place.country === facts.place.country);
  return (
    ((facts.tollOnly || sourcedToll) &&
      ownPlace &&
      // (or one dated on the event's days, or when one more of its dead was found: toll-day.ts)
      (!facts.eventDate || dayOfToll(current, facts)) &&
      !facts.separate) ||
    countBeforeRise(current, facts)
  );
}

/**
 * "Airstrikes killed nine in northwestern Syria", then "the strikes hit the town of Atarib in Aleppo
 * province, wounding 20" ("الغارة طالت سوقاً في معرة النعمان وأسفرت عن إصابة تسعة"): the event just
 * told, as the subject of what it did, at its place or placing an event told only in a country —
 * with no other count of the casualties it has ("the shelling hit a home in X, killing four" is one
 * of the places a lead's total sums).
 */
export function toldAsSubject(current: Building, facts: ClauseFacts): boolean {
  if (!SUBJECT_BACK.test(facts.matchText) && !namedAgainAsSubject(facts.matchText)) return false;
  const { killed, wounded } = facts.casualties;
  const other = (a: Count | null, b: Count | null): boolean => a !== null && b !== null && !sameCount(a, b);
  if (other(killed, current.killed) || other(wounded, current.wounded)) return false;
  return (
    !facts.place?.governorate || !current.place?.governorate || sameGovernorate(current.place, facts.place)
  );
}
