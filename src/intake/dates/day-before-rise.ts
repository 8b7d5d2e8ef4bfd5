// The day the count before a rise gives the event, earlier than the day the toll rose.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { countBeforeRise } from '../tolls/earlier-count.js';

/**
 * "أفاد مصدر، اليوم السبت، بارتفاع حصيلة انفجار العبوة إلى ثلاثة قتلى"، "وقال إن شرطياً ثالثاً توفي صباح
 * اليوم متأثراً بجروحه", then "وكانت عبوة قد انفجرت عصر أمس الجمعة على سيارة للشرطة، ما أسفر في حينه
 * عن مقتل شرطيين" ("The toll rose to three on Saturday as a wounded policeman died in the morning",
 * then "The bomb had hit the patrol on Friday afternoon, killing two"): the count before the rise,
 * told with a day before the one the incident had (the day the toll rose, or one more of the wounded
 * died), gives the event's own day. Returns that day, or null.
 */
export function dayBeforeRise(current: Building, facts: ClauseFacts): Building['date'] {
  const told = facts.eventDate?.date;
  if (!told || !current.date || told.to >= current.date.from) return null;
  return countBeforeRise(current, facts) ? told : null;
}

/**
 * The day an earlier count told after a toll told as risen gives the event, where the event took
 * the day of its own toll told as risen ("Two more of the wounded died in hospital overnight, bringing
 * the toll to six"; not an earlier report after a rise of a tally over many events):
 * the earlier count's day that ends before it and starts no later ("Police had initially said four
 * were killed when the device went off … on Sunday") is the event's own, not the night the wounded
 * died. Returns that day, or null.
 */
export function earlierCountDay(current: Building, facts: ClauseFacts, ownRise: boolean): Building['date'] {
  const told = facts.eventDate?.date;
  if (!ownRise || !told || !current.date) return null;
  return told.to < current.date.to && told.from <= current.date.from ? told : null;
}
