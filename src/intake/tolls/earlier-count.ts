// A lower count told after the toll the article says has risen: the count before it rose.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { spanOf, type Count } from '../reading/count.js';
import { pointsBack } from '../followups/earlier-events.js';
import { inside, longerThanNight } from '../dates/event-period.js';
import { sameGovernorate } from '../places/incident-places.js';
import type { Building } from '../incidents/incident-types.js';
import type { DateValue } from '../dates/date-values.js';
import { tellsRisenToll } from './toll-update.js';
import { matchView } from '../reading/view.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { anyOf } from '../reading/word-pattern.js';
import { woundedHoldRise } from './rise-before-day.js';
import { blastBesideGunfire } from '../events/blast-or-gunfire.js';
import { otherBlow } from '../events/other-blow.js';
import { bomberBesidePlanted } from '../events/bomber-or-planted.js';
import { namesBlowOfItsOwn } from '../events/blow-of-its-own.js';

/**
 * "The toll of the attack has risen to eight", then "Six people were killed in the first assault"
 * ("ارتفعت حصيلة الهجوم إلى ثمانية" then "وكان ستة قد قتلوا في الهجوم"): the dead of the same event
 * before it rose, not another event — where the clause has no other day, place or cue of its own.
 * Its wounded, if it gives them, are as many or more: some of them died since ("killing its driver
 * and wounding two", after one of the wounded died "raising the toll to two").
 */
export function countBeforeRise(current: Building, facts: ClauseFacts): boolean {
  const { killed, wounded } = facts.casualties;
  if (killed === null || current.killed === null) return false;
  if (facts.separate || facts.another) return false;
  // ("ارتفعت حصيلة التفجير الانتحاري إلى 14", then "وكان مسلحون قد هاجموا يوم الخميس الماضي نقطة
  // تفتيش، ما أسفر عن مقتل ثلاثة": a shooting after a blast, or a blast after a shooting, told with
  // its doers or its kind, is another blow, not the count the blast had before; a count with neither,
  // "حصيلة أولية بلغت 11 قتيلاً", is of the blow told)
  if (
    (facts.actors.length > 0 || namesBlowOfItsOwn(facts.matchText)) &&
    (blastBesideGunfire(current.event, facts.event) ||
      otherBlow(current.event, facts.event) ||
      // (nor a bomb planted before or after a suicide bomber's blast: bomber-or-planted.ts)
      bomberBesidePlanted(current.event, facts.event))
  )
    return false;
  // (a risen toll told with no day: the day of the event told with wounded that hold the rise)
  if (
    !dayOfCount(facts, current.date) &&
    !(current.date === null && woundedHoldRise(current.killed, killed, wounded))
  )
    return false;
  if (facts.place?.governorate && !sameGovernorate(current.place, facts.place)) return false;
  // ("وفي بلدة كفرنبل المجاورة، قتل ثلاثة مدنيين" after a toll risen at another town: another item)
  if (namesOtherTown(current, facts)) return false;
  if (spanOf(killed).high >= spanOf(current.killed).low) return false;
  if (wounded !== null && !atLeast(wounded, current.wounded)) return false;
  return tellsRisenToll(matchView(current.source).text);
}

/** "وفي بلدة كفرنبل المجاورة،": a clause that opens with where it is told, up to its first comma. */
const OPENS_AT = new RegExp(`^\\s*(?:${anyOf(['وفي', 'في'])})\\s+([^،,]+)[،,]`, 'u');

/**
 * The clause opens at a town ("وفي بلدة كفرنبل المجاورة، قتل ثلاثة") the risen toll's own telling
 * does not name: the next item of a roundup. (A source's count told at a spot of the event more
 * exactly, "في منطقة المزرعة غربي بيجي", opens with no place.)
 */
function namesOtherTown(current: Building, facts: ClauseFacts): boolean {
  const town = facts.place?.locality?.ar;
  if (!town) return false;
  const name = normalizeForMatch(town);
  const opening = OPENS_AT.exec(facts.matchText)?.[1] ?? '';
  return opening.includes(name) && !matchView(current.source).text.includes(name);
}

/** The wounded told before some of them died: as many as the event has now, or more. */
function atLeast(before: Count, now: Count | null): boolean {
  return now === null || spanOf(before).low >= spanOf(now).high;
}

/**
 * The count before the rise may give a day inside the toll's, or, told in the pluperfect, one before it
 * or the only day: the risen toll's day is the day it rose or was reported ("the toll rose to three on
 * Monday", then "two soldiers had been killed on Sunday evening when…"; "أفاد مصدر اليوم بارتفاع حصيلة
 * التفجير إلى ثلاثة" then "وكان جنديان قد قتلا مساء أمس الأحد").
 */
function dayOfCount(facts: ClauseFacts, risen: DateValue | null): boolean {
  const told = facts.eventDate?.date;
  if (!told) return true;
  if (risen && inside(told, risen)) return true;
  // ("وكان الحي قد تعرض لتفجير مماثل …": a similar event is another one; so is one told over a week
  // or a month, "وكانت دورية قد تعرضت الأسبوع الماضي لإطلاق نار": an earlier count is of the event's
  // own day or night)
  return (
    (!risen || told.from < risen.from) &&
    !facts.similar &&
    !longerThanNight(told) &&
    pointsBack(facts.matchText)
  );
}
