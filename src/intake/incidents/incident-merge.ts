// Adding what a clause tells to the incident it belongs to.
import { fightFromOnset } from '../dates/fight-from-onset.js';
import type { ResolvedPlace } from '../../places/types.js';
import { addCheck } from '../drafts/checks.js';
import type { ClauseFacts } from './clause-facts.js';
import type { Casualties } from '../casualties/casualties.js';
import { countText, sameCount, sumCounts } from '../reading/count.js';
import { addsOthers, militantsToldAgain } from '../tolls/casualties-conflict.js';
import { inside } from '../dates/event-period.js';
import { refines } from '../places/incident-places.js';
import type { Building } from './incident-types.js';
import { woundedLeft } from '../tolls/wounded-left.js';
import { namesDayOf } from '../dates/named-day.js';
import { writtenDayNamedBack } from '../dates/explicit-day.js';
import { namesOnsetOf } from '../dates/onset-day.js';
import { noteDeadAhead } from '../tolls/dead-ahead.js';
import { tollCountedAttackers } from '../attackers/toll-with-attackers.js';
import { woundedHedged } from '../tolls/hedged-wounded.js';
import { splitsVictims } from '../tolls/victims-split.js';
import { sharpensLooseToll } from '../tolls/sharper-count.js';
import { announcedBefore } from '../dates/announced-before.js';
import { oneToldWithKin } from '../tolls/one-told-with-kin.js';
import { deadCountedAs } from '../attackers/dead-counted-as.js';
import { doerAmongBothSides } from '../attackers/doer-among-both-sides.js';
import { placeToldAgain } from '../followups/placed-again.js';

export function merge(
  current: Building,
  facts: ClauseFacts,
  date: ClauseFacts['eventDate'],
  place: ResolvedPlace | null,
  sentence: number,
  /** The clause's dead are those of the event's doers (attackers-counted-before.ts, doers-dead.ts), not the militants it fought. */
  doersDead = false,
): void {
  for (const note of facts.notes) addCheck(current.checks, note);
  // (the toll told again without the attackers it counted: they are beside it now)
  if (tollCountedAttackers(current, facts)) {
    current.killed = facts.casualties.killed;
    current.attackersAmong = false;
  }
  if (addsOthers(current, facts)) {
    for (const kind of ['killed', 'wounded'] as const) {
      const more = facts.casualties[kind];
      const known = current[kind];
      if (more !== null && known !== null) current[kind] = sumCounts([known, more]);
    }
  }
  // "اغتال مسلحون القيادي", then "ما أدى إلى مقتله وإصابة مرافقه، حيث توفي متأثراً بجراحه": the
  // event's dead at the time, told again with those of its wounded who died since, is its toll now
  else if (risesByDiedSince(current.killed, facts.casualties)) current.killed = facts.casualties.killed;
  // (so is the one it counted, told again with those killed along with him: kin-along-with.ts)
  else if (oneToldWithKin(current.killed, facts.casualties)) current.killed = facts.casualties.killed;
  // ("سقوط ثلاثة ضحايا", then "استشهاد منتسب وإصابة اثنين": the victims split, victims-split.ts)
  else if (splitsVictims(current, facts.casualties)) {
    current.killed = facts.casualties.killed;
    current.wounded = facts.casualties.wounded;
  }
  // ("more than 30 injured", then "31 others were treated": the exact figure, sharper-count.ts)
  else if (sharpensLooseToll(current, facts.casualties)) current.wounded = facts.casualties.wounded;
  // the first figure stays; another one for the same casualties is shown to the editor
  else {
    const own = { killed: current.killed, wounded: current.wounded };
    noteDeadAhead(current, facts);
    const { killed, wounded } = deadCountedAs(current, facts.casualties);
    let conflicts = false;
    for (const kind of ['killed', 'wounded'] as const) {
      const other = { killed, wounded }[kind];
      const known = current[kind];
      if (other !== null && known !== null && !sameCount(other, known)) {
        addCheck(current.checks, {
          reason: 'casualties-conflict',
          detail: `${countText(known)} ≠ ${countText(other)}`,
        });
        conflicts = true;
      }
    }
    // (the first clause that conflicts, and the ones after it: lead-item.ts reads them as a lead's parts)
    if (conflicts && current.otherToll) current.otherToll.later.push({ killed, wounded, sentence });
    else if (conflicts)
      current.otherToll = {
        told: { killed, wounded },
        own,
        day: current.date?.from ?? null,
        sentence,
        later: [],
      };
  }
  // "شهدت درعا خلال الساعات الـ24 الماضية ثلاث عمليات اغتيال" then "ففي طفس قُتل شاب مساء أمس": the
  // first casualties, told on a day inside the span the incident had, happened on that day
  const untold = current.killed === null && current.wounded === null;
  const firstToll = untold && (facts.casualties.killed !== null || facts.casualties.wounded !== null);
  // (so is the day the event named again is told to have happened on: "The raid took place on Thursday")
  // (not the day of a total over many places or days told beside it: "كما قتل شاب برصاص قناص", then
  // "وكانت لجان التنسيق قد وثقت سقوط 150 شهيداً في عموم سوريا أمس الاثنين" — that was the total's day)
  if (
    date &&
    !facts.aggregate &&
    (!current.date ||
      (firstToll && inside(date.date, current.date)) ||
      (date === facts.eventDate &&
        (namesDayOf(current, facts) || namesOnsetOf(current, facts) || writtenDayNamedBack(current, facts))))
  )
    current.date = date.date;
  // (the fight the event was told after, named back with its onset: its span, fight-from-onset.ts)
  else if (date && date === facts.eventDate && !facts.aggregate)
    current.date = fightFromOnset(current, facts) ?? current.date;
  // (not the day of an announcement told as of before: announced-before.ts)
  if (!current.reporting && facts.reportingDate && !announcedBefore(facts.matchText))
    current.reporting = facts.reportingDate.date;
  if (place && refines(current.place, place)) current.place = place;
  // (an event told with no place, its blows told again hitting one: placed-again.ts)
  else current.place = placeToldAgain(current, facts) ?? current.place;
  // (the wounded told before the toll rose by some of them dying: those left, wounded-left.ts)
  const left = current.wounded === null ? woundedLeft(current, facts) : null;
  // (then the dead the toll was ahead by have left the wounded already: "one of the wounded died
  // early on Monday" told after tells the same man again, not one more off the wounded)
  if (left !== null) current.deadAhead = undefined;
  // (none left where all of them died: no count of wounded)
  current.wounded ??= left === null ? facts.casualties.wounded : left || null;
  const attackersUntold = current.attackersKilled === null;
  current.killed ??= facts.casualties.killed;
  // (the militants an event counts as its dead, told again, are not attackers killed beside them)
  if (!militantsToldAgain(current, facts)) current.attackersKilled ??= facts.casualties.attackersKilled;
  // (the attackers a clause counted among its dead, taken with that very toll: still among them)
  const { killed: toldKilled, attackersAmong } = facts.casualties;
  if (
    attackersUntold &&
    attackersAmong &&
    current.attackersKilled !== null &&
    current.killed !== null &&
    toldKilled !== null &&
    sameCount(current.killed, toldKilled)
  )
    current.attackersAmong = true;
  if (doersDead && facts.casualties.attackersKilled !== null) current.doersDead = true;
  // "The raid, backed by F-16 jets, targeted…" after "CTS killed five in a raid": the event told
  // again by its name keeps the doer it was told with; a force the retelling adds backed it
  // ("الغارة، بإسناد من طيران الجيش، …")
  const doerKnown = facts.refersBack && current.actors.length > 0;
  for (const actor of facts.actors)
    if (!current.actors.includes(actor) && !doerKnown) current.actors.push(actor);
  // a force told as the doer, then with its own wounded ("أحد مقاتلي الجيش أصيب خلال الاشتباك"), stays the doer
  // (so does a doer whose own men the clause counts beside the side it fought: doer-among-both-sides.ts)
  const killedTold = facts.casualties.killed !== null;
  const targetsBefore = [...current.targets];
  for (const target of facts.targets)
    if (
      !current.targets.includes(target) &&
      !(facts.refersBack && current.actors.includes(target)) &&
      !doerAmongBothSides(target, current.actors, targetsBefore, facts.targets, killedTold)
    )
      current.targets.push(target);
  for (const actor of facts.suspected) if (!current.suspected.includes(actor)) current.suspected.push(actor);
  // what followed ("واعتقال ستة من المتورطين") is not the kind of the event itself
  if (
    current.event.subType === 'attack' &&
    facts.event &&
    facts.event.subType !== 'attack' &&
    facts.event.type !== 'strategic_developments'
  )
    current.event = facts.event;
  current.armedDead ||= facts.armedDead;
  if (!current.sentences.includes(sentence)) current.sentences.push(sentence);
}

/** The clause's dead are the event's `killed` at the time and the wounded it tells died since. */
const risesByDiedSince = (killed: Building['killed'], told: Casualties): boolean =>
  !!told.diedSince &&
  typeof killed === 'number' &&
  typeof told.killed === 'number' &&
  told.killed - told.diedSince === killed;

/**
 * A toll that has risen replaces the event's figures; where the dead added died of their wounds
 * ("وفاة النجل متأثرا بجراحه"), they leave the wounded (only `woundedDied` of them, where the text
 * says how many of the dead added had been wounded; none where the wounded were told only roughly:
 * hedged-wounded.ts).
 */
export function raiseToll(
  current: Building,
  risen: Casualties,
  diedOfWounds: boolean,
  woundedDied: number | null = null,
): void {
  const before = current.killed;
  current.firstToll ??= { killed: current.killed, wounded: current.wounded };
  if (
    diedOfWounds &&
    typeof risen.killed === 'number' &&
    typeof before === 'number' &&
    typeof current.wounded === 'number' &&
    risen.wounded === null &&
    !woundedHedged(current.checks, current.wounded)
  ) {
    const left = current.wounded - Math.min(woundedDied ?? Infinity, risen.killed - before);
    current.wounded = left > 0 ? left : null;
  }
  if (risen.killed !== null) current.killed = risen.killed;
  if (risen.wounded !== null) current.wounded = risen.wounded;
}
