// The day a first count was reported on, before the day the event it counted was given.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';

/**
 * "شيعت العشائر اليوم ثلاثة قتلوا بانفجار عبوة", then "وكانت مصادر قد أفادت مساء أمس بمقتل أربعة
 * في الانفجار، قبل أن يوضح مصدر…" ("Mourners today buried three men killed by a bomb", then "Locals
 * had reported four dead on Tuesday evening, before police said three"): a source reported the dead
 * on its day, so the deed was no later than that; where the event had a day wholly after it (the
 * funeral's, or the news'), the report's day is the event's. `later`: where the later teller's count
 * opens in the clause. Returns that day, or null.
 */
export function replacedReportDay(current: Building, facts: ClauseFacts, later: number): Building['date'] {
  // (the day told before the later teller: the first report's, not the day the later one spoke)
  const told = facts.eventDate && facts.eventDate.start < later ? facts.eventDate.date : null;
  if (!told || !current.date || told.to >= current.date.from) return null;
  return told;
}
