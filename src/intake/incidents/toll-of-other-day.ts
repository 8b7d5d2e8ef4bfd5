// A toll its sentence dated on another day than the toll-less event just told: another event's.
import type { DateValue } from '../dates/date-values.js';
import type { ClauseFacts } from './clause-facts.js';
import { hasCasualties } from './incident-bounds.js';
import type { Building } from './incident-types.js';

const oneDay = (date: DateValue): boolean => date.precision === 'day' && date.from === date.to;

/**
 * "أعلن القائد تحرير القضاء بعد ثلاثة أيام من انطلاق العملية", then "ثلاثة انتحاريين حاولوا مساء أمس
 * الأربعاء التسلل …، وفجروا أنفسهم، ما أسفر عن استشهاد أربعة": the toll, told with no day of its own
 * in a sentence an earlier clause dated on another day than the event told before (which has no toll),
 * is of the blow that sentence told, not that event's missing toll. `day` is the clause's day as its
 * sentence gave it; both days told to the day, not overlapping.
 */
export function tollOfOtherDay(
  current: Building,
  facts: ClauseFacts,
  day: ClauseFacts['eventDate'],
): boolean {
  return (
    current.killed === null &&
    current.wounded === null &&
    hasCasualties(facts) &&
    facts.eventDate === null &&
    !!day &&
    !!current.date &&
    oneDay(day.date) &&
    oneDay(current.date) &&
    day.date.from !== current.date.from
  );
}
