// A source's own account of the event the lead told only by the day it was reported.
import type { Casualties } from '../casualties/casualties.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { sameCount } from '../reading/count.js';
import { aheadOnBoth } from '../tolls/dead-ahead.js';
import { otherSpot, sameGovernorate } from '../places/incident-places.js';
import type { Building } from '../incidents/incident-types.js';
import { findNumbers } from '../reading/numbers.js';
import { sideOfTown } from '../places/side-of-town.js';
import { matchView } from '../reading/view.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * A toll told as the count at the time ("أسفر الهجوم في حينه عن مقتل منتسب", "the blast initially
 * killed one"): the event's first count, since overtaken by the one the article leads with.
 */
export const AT_THE_TIME = new RegExp(
  `(?<!${L})(?:${anyOf(['في حينه', 'في حينها', 'حينها', 'في البداية'])}|at the time|initially|at first)(?!${L})`,
  'u',
);

/**
 * Where both tell a count of the same kind it is the same count, and they share one at least (a lead
 * total of "two separate operations" shares none with the first of them).
 */
function agrees(lead: Building, told: Casualties): boolean {
  if (splitsPartOfUnsplit(lead, told)) return true;
  // (a lead told as things stand, the account at the time, before some of its wounded died)
  if (aheadOnBoth(lead, told)) return true;
  // (a raid's dead are the militants it killed: "killing four terrorists" tells the lead's four again)
  const killed = told.killed ?? (lead.deadAreAttackers ? told.attackersKilled : null);
  const pairs = [
    [lead.killed, killed],
    [lead.wounded, told.wounded],
  ] as const;
  const both = pairs.filter(([a, b]) => a !== null && b !== null);
  return both.length > 0 && both.every(([a, b]) => sameCount(a!, b!));
}

/**
 * A lead that gave its toll only unsplit ("بمقتل وإصابة 11 شخصاً", "11 people were killed or wounded"),
 * and an account that tells dead and wounded apart adding up to no more than it ("استشهاد ثلاثة …
 * وإصابة خمسة", the rest told after: "three civilians were also wounded"): the lead's toll, split.
 */
function splitsPartOfUnsplit(lead: Building, told: Casualties): boolean {
  if (lead.killed !== null || lead.wounded !== null) return false;
  if (typeof told.killed !== 'number' || typeof told.wounded !== 'number') return false;
  const sum = told.killed + told.wounded;
  return lead.checks.some(
    (c) =>
      c.reason === 'casualties-unsplit' && findNumbers(matchView(c.detail ?? '')).some((n) => n.value >= sum),
  );
}

/**
 * The lead told by the day it was reported ("أفاد مصدر أمني، اليوم الثلاثاء، باستشهاد منتسبَين…",
 * "Police said on Tuesday that two guards were killed"), then a source's own account with the day
 * it happened ("وقال المصدر إن عبوة انفجرت مساء أمس الاثنين…", "the officer said the bomb went off late
 * on Monday"), at the same spot and with the same toll (a count of it at least) — or a toll it tells as the count at the time:
 * one event, dated by that account. Returns the casualties the account adds (none where its toll is
 * the earlier count), or null where the clause is no such account.
 */
export function accountOfLead(lead: Building, facts: ClauseFacts): Casualties | null {
  if (lead.date || !lead.reporting || !facts.eventDate || !facts.sourced) return null;
  if (facts.separate || facts.another || facts.similar) return null;
  const place = facts.place;
  if (place?.governorate && !sameGovernorate(lead.place, place)) return null;
  // a lead that told no toll ("أعلنت القيادة، اليوم، صد هجوم على نقطة عسكرية قرب قضاء حديثة"), then
  // the source's account of that day at a spot of the same governorate ("هاجمت فجر اليوم نقطة … في
  // منطقة البغدادي"): the lead placed it by the nearest town, the account tells where it was
  if (untoldLeadOfDay(lead, facts)) return facts.casualties;
  if (place?.governorate && otherSpot(lead.place!, place) && !sideOfTown(place)) return null;
  const told = facts.casualties;
  if (agrees(lead, told)) return told;
  const leadToll = lead.killed !== null || lead.wounded !== null;
  return leadToll && AT_THE_TIME.test(facts.matchText) ? { ...told, killed: null, wounded: null } : null;
}

/** The lead told no toll, and the account's day is the one it was reported on or the day before. */
function untoldLeadOfDay(lead: Building, facts: ClauseFacts): boolean {
  if (lead.killed !== null || lead.wounded !== null || lead.attackersKilled !== null) return false;
  const day = facts.eventDate!.date;
  const reported = Date.parse(lead.reporting!.from);
  return (
    !!lead.place?.governorate &&
    Date.parse(day.to) <= reported &&
    reported - Date.parse(day.from) <= 86_400_000
  );
}

/**
 * "وأوضح المصدر أن", "ونقل المراسل عن مصدر عسكري قوله": told as a source's words, beyond those every
 * clause reads (`sourced`: "قال", "ذكر", "أفاد"); "نقل عن … قوله" is how agency copy quotes its source.
 */
const EXPLAINED = new RegExp(
  `(?<!${L})(?:${anyOf(['أوضح', 'وأوضح', 'نقل', 'ونقل', 'نقلت', 'ونقلت'])})(?!${L})`,
  'u',
);

/** Every count both give differs by one at most, and they give one at least. */
function close(lead: Building, told: Casualties): boolean {
  const pairs = [
    [lead.killed, told.killed],
    [lead.wounded, told.wounded],
  ].filter(([a, b]) => a !== null && b !== null);
  return (
    pairs.length > 0 &&
    pairs.every(([a, b]) => typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1)
  );
}

/**
 * The article's lead told with no day ("استشهد ثلاثة مواطنين وأصيب 11 بقذائف صاروخية على حي في
 * حمص"), then a source's account of the same kind of blow in the same town with its day and a toll
 * one apart ("وذكر مصدر في الشرطة أن قذائف أطلقت ظهر اليوم ما أدى إلى استشهاد اثنين وإصابة
 * عشرة"; "police said two were killed and ten wounded when rockets hit at noon"): one event in two
 * sources' figures, the lead's kept first and the other shown to the editor.
 */
export function secondSourceOfLead(lead: Building, facts: ClauseFacts): boolean {
  if (lead.date || lead.reporting || !facts.eventDate) return false;
  if (!facts.sourced && !EXPLAINED.test(facts.matchText)) return false;
  if (facts.separate || facts.another || facts.similar) return false;
  if (!facts.event || facts.event.subType !== lead.event.subType) return false;
  // (an account that names no place of its own, "وأوضح أن عبوة انفجرت أمس على فريق الهندسة", is of
  // the lead's place)
  const place = facts.place;
  if (place && (!place.governorate || !sameGovernorate(lead.place, place) || otherSpot(lead.place!, place)))
    return false;
  return close(lead, facts.casualties);
}
