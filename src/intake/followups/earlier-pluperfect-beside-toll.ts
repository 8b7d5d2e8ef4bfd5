// An event told in the pluperfect with a day and a toll of its own, after an undated event with its own toll.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { opensPluperfectOfNew } from './earlier-pluperfect.js';

/**
 * "وردّت القوات بقصف البلدة، ما أدى إلى مقتل ثلاثة مدنيين", then "وكانت اشتباكات قد دارت قبل
 * ثلاثة أيام في قرية مجاورة، قتل فيها مقاتلان": a blow told in the pluperfect by a subject not named
 * before ("وكانت اشتباكات … قد", no definite noun that would tell the event again), with a day and a
 * toll of its own, is an earlier event — though the event told just before it has no day of its own
 * to set against it. The undated one already counts its dead; the pluperfect one's dead and day are
 * its own, not more of them (where the undated one counts no one, earlierBlowWithToll reads it).
 * Only a blow of another kind than the undated one, named so ("اشتباكات" after shelling): one of
 * the same kind may be that event told again, the count before its toll rose.
 */
export function earlierPluperfectBesideToll(current: Building, facts: ClauseFacts): boolean {
  const { killed, wounded } = facts.casualties;
  return (
    !current.date &&
    (current.killed !== null || current.wounded !== null) &&
    !!facts.eventDate &&
    facts.eventDate.date.precision === 'day' &&
    !facts.refersBack &&
    (killed !== null || wounded !== null) &&
    // (a blow of another kind, named: "وكان لغم قد انفجر" after a toll risen from a mine's blast
    // tells that very blast again, the count before the rise)
    facts.eventNamed &&
    !!facts.event &&
    !!current.event &&
    facts.event.type !== current.event.type &&
    opensPluperfectOfNew(facts.matchText)
  );
}
