// A toll its sentence dated on another day than the toll-less event just told: another event's.
import type { DateValue } from '../dates/date-values.js';
import type { ClauseFacts } from './clause-facts.js';
import { hasCasualties } from './incident-bounds.js';
import type { Building } from './incident-types.js';
import { sameCount } from '../reading/count.js';

const oneDay = (date: DateValue): boolean => date.precision === 'day' && date.from === date.to;

/**
 * "أعلن القائد تحرير القضاء بعد ثلاثة أيام من انطلاق العملية", then "ثلاثة انتحاريين حاولوا مساء أمس
 * الأربعاء التسلل …، وفجروا أنفسهم، ما أسفر عن استشهاد أربعة": the toll, told with no day of its own
 * in a sentence an earlier clause dated on another day than the event told before (which has no toll),
 * is of the blow that sentence told, not that event's missing toll. `day` is the clause's day as its
 * sentence gave it (or the fight the sentence before told: fight-told-day.ts); both days told to the
 * day, not overlapping. (So is one whose dead are not the event's counted again: "two soldiers were
 * killed" at the base on Friday, then a town overrun on Thursday, "at least 12 policemen were killed
 * in the fighting".)
 */
export function tollOfOtherDay(
  current: Building,
  facts: ClauseFacts,
  day: ClauseFacts['eventDate'],
): boolean {
  const { killed } = facts.casualties;
  return (
    ((current.killed === null && current.wounded === null) ||
      (current.killed !== null &&
        killed !== null &&
        !!facts.casualties.ofFight &&
        !sameCount(current.killed, killed))) &&
    hasCasualties(facts) &&
    facts.eventDate === null &&
    !!day &&
    !!current.date &&
    oneDay(day.date) &&
    oneDay(current.date) &&
    day.date.from !== current.date.from
  );
}
