// The day a source gives the deed a lead told only by the day it was announced.
import { addDays } from './calendar.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { withinGap } from '../incidents/incident-followups.js';
import type { Building } from '../incidents/incident-types.js';
import { sameGovernorate } from '../places/incident-places.js';
import { sameCount } from '../reading/count.js';
import { findNumbers } from '../reading/numbers.js';
import { matchView } from '../reading/view.js';
import { onlyWoundedSinceDied } from '../tolls/wounded-died/counted-in-lead.js';

/** How many days before the announcement a deed told again may have been done: that day or the one before. */
const DAYS_BEFORE_ANNOUNCED = 1;

/**
 * "أفاد مصدر، الثلاثاء، بأن مسلحين أعدموا تسعة أشخاص", then "وقال المصدر إن المسلحين اقتادوا، مساء
 * أمس الاثنين، تسعة رجال إلى أطراف القرية وأعدموهم": the lead's victims counted again, by the number
 * the lead gave them, in a clause that names no other kind of blow — the deed told again by what was
 * done to them (led off, shot, executed them), which no cue of an event names alone. Not a number
 * inside the clause's own dates ("12 آب").
 */
function countsVictimsAgain(last: Building, facts: ClauseFacts): boolean {
  if (facts.event !== null && facts.event.subType !== last.event.subType) return false;
  const counted = [last.killed, last.wounded].filter((c) => c !== null);
  return findNumbers(matchView(facts.matchText)).some(
    (n) =>
      !facts.dates.some((d) => n.start < d.end && d.start < n.end) &&
      counted.some((c) => sameCount(c, n.value)),
  );
}

/**
 * "أعلنت الوزارة، الأحد، مقتل خمسة بتفجير سيارة مفخخة في المدينة", then "وقالت في بيان إن مسلحين
 * فجروا سيارة مفخخة في سوق المدينة، مساء أمس السبت، في محاولة لاستهداف المتسوقين" ("The ministry said
 * on Sunday five were killed by a car bomb", then "the statement said militants set off a car bomb in
 * the market late on Saturday"): the lead's deed, told again in the source's words as the same kind of
 * blow (or by its victims counted again: `countsVictimsAgain`), with no toll of its own and the day it was done — the lead's day, where the lead had only the
 * day it was announced. (However the source frames the deed: "in an attempt to" tells its aim, not a
 * deed that failed.)
 */
export function datesReportedDeed(last: Building | undefined, facts: ClauseFacts, sentence: number): boolean {
  const day = facts.eventDate?.date;
  const announced = last?.reporting;
  if (!last || last.date || !announced || !day || !withinGap(last, sentence)) return false;
  const namedAgain = facts.eventNamed && facts.event?.subType === last.event.subType;
  if (!facts.sourced || !(namedAgain || countsVictimsAgain(last, facts))) return false;
  if (facts.separate || facts.another || facts.similar || facts.aggregate) return false;
  const { killed, wounded, attackersKilled } = facts.casualties;
  // (its only dead the wounded who died since, counted in the lead's risen toll: counted-in-lead.ts)
  const ownDead = killed !== null && !onlyWoundedSinceDied(last.killed, killed, wounded, facts.matchText);
  if (ownDead || wounded !== null || attackersKilled !== null) return false;
  if (facts.place?.governorate && !sameGovernorate(last.place, facts.place)) return false;
  return day.to <= announced.from && day.from >= addDays(announced.from, -DAYS_BEFORE_ANNOUNCED);
}
