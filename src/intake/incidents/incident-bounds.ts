// Whether a clause opens another incident or adds to the one before it.
import { earlierPluperfectBesideToll } from '../followups/earlier-pluperfect-beside-toll.js';
import { fightFromOnset } from '../dates/fight-from-onset.js';
import type { ClauseFacts } from './clause-facts.js';
import { addsOthers, casualtiesConflict } from '../tolls/casualties-conflict.js';
import { sameCount, type Count } from '../reading/count.js';
import { countBeforeRise } from '../tolls/earlier-count.js';
import { retold, toldAsSubject } from '../tolls/told-again.js';
import { toldLoosely } from '../tolls/loose-toll.js';
import { inside, isNight, sameRange } from '../dates/event-period.js';
import { otherSpot, sameGovernorate, unsplitToll } from '../places/incident-places.js';
import { otherBlow } from '../events/other-blow.js';
import { struckBackAfterBlast } from '../events/struck-back-after-blast.js';
import { blastBesideGunfire } from '../events/blast-or-gunfire.js';
import type { Building } from './incident-types.js';
import { offCity, sameEventOffCity } from '../places/off-city.js';
import { sameEventOnRoad } from '../places/road-destination.js';
import { ownOperation } from '../roundups/own-operation.js';
import { oneOfSpan } from '../roundups/span-toll.js';
import { L, anyOf } from '../reading/word-pattern.js';
import { writtenDayNamedBack } from '../dates/explicit-day.js';
import { namesDayOf } from '../dates/named-day.js';
import { namesOnsetOf } from '../dates/onset-day.js';
import { namesOnlyFinds } from '../followups/operation-finds.js';
import { nearTheScene } from '../places/near-the-scene.js';
import { namesKinOfThem } from '../followups/kin-of-them.js';
import { alsoResulted } from '../followups/also-resulted.js';
import { woundedReceived } from '../followups/wounded-received.js';
import { earlierBlowWithToll, earlierThanReported } from '../followups/earlier-pluperfect.js';
import { atItsPlace } from '../places/source-at-place.js';
import { dayOfToll } from '../dates/toll-day.js';
import { addsUpToUnsplit, countedUnsplit, withinUnsplit } from '../casualties/casualty-notes.js';
import { splitsVictims } from '../tolls/victims-split.js';
import { unsplitTollOfOtherBlow } from '../tolls/unsplit-other-blow.js';
import { sharpensLooseToll } from '../tolls/sharper-count.js';
import { tellsResponse } from '../followups/response.js';
import { foughtOffAfterBlowFromAfar } from '../events/fought-off-anew.js';
import { oneToldWithKin } from '../tolls/one-told-with-kin.js';
import { spotOfItsOwn } from '../places/spot-of-its-own.js';
import { LIST_ITEM } from '../roundups/listed-dead.js';
import { listItemOwnOthers } from '../roundups/list-item-others.js';
import { militantsCountedAnew } from '../attackers/militants-counted-anew.js';
import { frontedOtherBlow } from '../roundups/fronted-other-blow.js';

/** The toll named as the event's: "حصيلة الهجوم", "the death toll". */
const THE_TOLL = new RegExp(`(?<!${L})(?:${anyOf(['حصيلة', 'الحصيلة', 'وحصيلة'])}|toll)(?!${L})`, 'u');

export function hasCasualties(facts: ClauseFacts): boolean {
  return facts.casualties.killed !== null || facts.casualties.wounded !== null;
}

/**
 * Casualty figures for an incident that has none yet, or of the kind it lacks ("Four bodies were
 * recovered…" then "A villager nearby was lightly wounded, he added."), with no date or place of
 * their own.
 */
export function fillsCasualties(current: Building, facts: ClauseFacts): boolean {
  const { killed, wounded } = facts.casualties;
  if (current.killed === null && current.wounded === null) {
    // (one whose toll was told unsplit, "five killed or wounded", has its casualties: only counts
    // that split it, or that have no day or place of their own, tell more of them)
    if (
      countedUnsplit(current.checks) &&
      (facts.eventDate || facts.place?.governorate) &&
      !addsUpToUnsplit(current.checks, killed, wounded)
    )
      return false;
    return killed !== null || wounded !== null;
  }
  if (facts.eventDate || facts.place?.governorate) return false;
  // ("three killed", then "…killing three and wounding four others": the count the incident has,
  // told again, makes the clause a retelling of the same blow, whose other count it lacked; so does
  // the blow named back, "two soldiers killed and four wounded during the clashes of X", whatever
  // its dead, which merge notes beside the incident's)
  const toldAgain = (told: Count | null, known: Count | null): boolean =>
    told === null || facts.refersBack || (known !== null && sameCount(told, known));
  return (
    (toldAgain(killed, current.killed) && wounded !== null && current.wounded === null) ||
    (toldAgain(wounded, current.wounded) && killed !== null && current.killed === null)
  );
}

/** "Russian warplanes struck … after the attack": another side's blow that followed, not more of it. */
export function followsAnother(current: Building, facts: ClauseFacts): boolean {
  return (
    facts.follows &&
    facts.actors.length > 0 &&
    facts.actors.every((a) => !current.actors.includes(a) && !current.targets.includes(a)) &&
    facts.event?.type !== 'strategic_developments'
  );
}

export function opensNew(current: Building, facts: ClauseFacts): boolean {
  if (facts.separate || facts.another) return true;
  // "وكانت عبوة مماثلة قد انفجرت الأسبوع الماضي", "a similar attack last month": an event like the one
  // told, on a day of its own, is another one (its day is never the day of the one told)
  if (facts.similar && facts.eventDate) return true;
  if (followsAnother(current, facts)) return true;
  // (so is an attack fought off after a blow from afar: fought-off-anew.ts)
  if (foughtOffAfterBlowFromAfar(current, facts)) return true;
  // (so is one told in the pluperfect, days before an undated lead was reported: earlier-pluperfect.ts)
  if (earlierThanReported(current, facts)) return true;
  // (and one told so with a day and a toll of its own after an undated event that counted no one)
  if (earlierBlowWithToll(current, facts)) return true;
  // (and one so told after an undated event that counted its own dead: earlier-pluperfect-beside-toll.ts)
  if (earlierPluperfectBesideToll(current, facts)) return true;
  if (facts.eventDate && current.date && !sameRange(facts.eventDate.date, current.date)) {
    // "late Sunday night", then "Four bodies were recovered this morning": a day of the night told;
    // "killing its driver on Sunday" inside a toll risen by Tuesday: the count before it rose
    if (
      !(isNight(current.date) && inside(facts.eventDate.date, current.date)) &&
      // ("late on Sunday", then "The violence erupted at X … overnight": the event named again, its night)
      !(facts.refersBack && isNight(facts.eventDate.date) && inside(current.date, facts.eventDate.date)) &&
      !countBeforeRise(current, facts) &&
      !namesDayOf(current, facts) &&
      // (the event named back on the day it was written as, before the day first told: explicit-day.ts)
      !writtenDayNamedBack(current, facts) &&
      // (the fight named back with the day it broke out on, the day before a night told: onset-day.ts)
      !namesOnsetOf(current, facts) &&
      // (the fight the event was told after, named back with the day it broke out: fight-from-onset.ts)
      !fightFromOnset(current, facts) &&
      // (a toll given on the event's days, or on the day one more of its dead was found: toll-day.ts)
      !dayOfToll(current, facts)
    )
      return true;
  }
  // "…said five bodies were pulled from the rubble." then "On Tuesday, warplanes struck a farm…": a
  // dated event of its own, named by its verb, is not more of an undated toll told before it
  if (
    facts.opensWithDate &&
    !current.date &&
    (current.killed !== null || current.wounded !== null) &&
    facts.eventNamed &&
    !facts.refersBack &&
    !facts.continues
  )
    return true;
  const gov = facts.place?.governorate?.en;
  const currentGov = current.place?.governorate?.en;
  // (nor the event named back on a road to a town of another governorate: road-destination.ts)
  if (
    gov &&
    currentGov &&
    gov !== currentGov &&
    !sameEventOffCity(current, facts) &&
    !sameEventOnRoad(current, facts)
  )
    return true;
  if (oneOfSpan(current, facts)) return true;
  // (so is a toll told unsplit by a blow of another kind at a town of its own: unsplit-other-blow.ts)
  if (unsplitTollOfOtherBlow(current, facts)) return true;
  return casualtiesConflict(current, facts);
}

/** A clause placed at a town or village of its own, not only in a governorate. */
const townOfItsOwn = (facts: ClauseFacts): boolean =>
  !!facts.place?.governorate && facts.place.precision !== 'governorate';

/**
 * A roundup gives one event per paragraph: a new paragraph with casualties other than the ones
 * already told is another event, even where its place is not in the gazetteer. A repeated
 * paragraph (the same figures) is not.
 */
export function newItem(current: Building, facts: ClauseFacts, paragraph: number): boolean {
  const { killed, wounded } = facts.casualties;
  if (paragraph === current.paragraph) return false;
  // "وأضاف أن أحد الجنود أصيب خلال الاشتباك", "…died in the fighting, which broke out near a village
  // east of Afrin": the event just told, by its definite name, in its governorate (or where one of
  // the two places is only a side of a city)
  if (
    facts.refersBack &&
    (!facts.place?.governorate ||
      sameGovernorate(current.place, facts.place) ||
      sameEventOffCity(current, facts) ||
      sameEventOnRoad(current, facts))
  )
    return false;
  if (toldAsSubject(current, facts)) return false;
  // (armed men a side says it killed, counted afresh after an event with victims: its own deed,
  // militants-counted-anew.ts)
  if (militantsCountedAnew(current, facts)) return true;
  // ("- هجوم بعجلة مفخخة …، أدى إلى مقتل اثنين وإصابة ٦ آخرين": the next item of a dashed list, its
  // others those of its own dead, list-item-others.ts)
  if (listItemOwnOthers(current, facts)) return true;
  // "A third person in the car was wounded", "four others": more victims of it (not where the clause
  // names a blow of another kind, its others counted beside its own: blast-or-gunfire.ts)
  if (
    facts.additional &&
    !facts.place?.governorate &&
    !(facts.eventNamed && blastBesideGunfire(current.event, facts.event))
  )
    return false;
  // "فيما أصيبت شقيقتهم الرابعة": the kin of the victims just told, hit with them (kin-of-them.ts)
  if (!facts.place?.governorate && namesKinOfThem(facts.matchText)) return false;
  // "أسفرت أيضاً عن إصابة امرأة": what the event just told also did (also-resulted.ts)
  if (!facts.place?.governorate && alsoResulted(facts.matchText)) return false;
  // "فيما أصيب راعٍ … قرب موقع القصف": hit at the spot of the event just told (near-the-scene.ts)
  if (!facts.place?.governorate && nearTheScene(facts.matchText)) return false;
  // "وقال مسؤول في الدفاع المدني إن فرقه أسعفت 11 جريحاً" after a toll of the dead alone: the wounded
  // it lacked, as rescuers received them (wounded-received.ts)
  if (
    killed === null &&
    wounded !== null &&
    current.wounded === null &&
    current.killed !== null &&
    !facts.place?.governorate &&
    !facts.eventDate &&
    woundedReceived(facts.matchText)
  )
    return false;
  // "وإصابته متوسطة": the one just named, told again
  if (facts.casualties.byPronoun && !facts.place?.governorate) return false;
  if (retold(facts, current)) return false;
  // "وردت وحدات الجيش على مصادر إطلاق القذائف في محيط X", "the army responded by shelling their
  // positions near X": the answer to the blow just told, aimed at where it came from — its place is
  // the answer's, never the place the blow's victims were hit, which their own clause names
  if (
    facts.place?.governorate &&
    !sameGovernorate(current.place, facts.place) &&
    (current.killed !== null || current.wounded !== null) &&
    tellsResponse(facts.matchText)
  )
    return true;
  // a new paragraph at another spot of the same governorate (another district, another town)
  if (facts.place?.governorate && current.place && otherSpot(current.place, facts.place)) return true;
  // (so is one with a toll of its own at a spot the gazetteer knows only by its city, "وفي حي X،",
  // "Two bombs in the city's X district wounded 11", that the incident's place does not name, after
  // an incident that counted its own; not the event's own toll told again there, nor a toll told as such, "حصيلة الغارة بلغت 13 قتيلاً،
  // مشيرة إلى أن عائلات نزحت من حي X", whose spot is told for something else)
  const toldBefore = (a: Count | null, b: Count | null): boolean =>
    a === null || (b !== null && sameCount(a, b));
  if (
    (killed !== null || wounded !== null) &&
    (current.killed !== null || current.wounded !== null) &&
    !THE_TOLL.test(facts.matchText) &&
    !(toldBefore(killed, current.killed) && toldBefore(wounded, current.wounded)) &&
    facts.place?.precision === 'governorate' &&
    spotOfItsOwn(current, facts)
  )
    return true;
  // "- Mortar rounds fell on houses in X in the afternoon.", then "Police said two were killed": an
  // item of a dashed list that names its event, after an item of that list, is the next item, though
  // its toll comes in the sentence after it (listed-dead.ts); so is one that names no blow but tells
  // a toll of its own ("• مقتل ٣ عناصر برصاص قناص على محور X" after "• إصابة ٣ عناصر بانفجار عبوة")
  if (
    (facts.eventNamed || hasCasualties(facts)) &&
    LIST_ITEM.test(facts.text) &&
    LIST_ITEM.test(current.source)
  )
    return true;
  // (so is a paragraph that opens on a place of its own with a blow of another kind, its toll told
  // in the clause after it: fronted-other-blow.ts)
  if (frontedOtherBlow(current, facts)) return true;
  // (so is the side a bomb hit striking from afar after it, whatever it counts: struck-back-after-blast.ts)
  if (struckBackAfterBlast(current, facts)) return true;
  // "سقط ٥ مدنيين بين قتيل وجريح": a toll told unsplit is casualties of its own; so are militants
  // killed in an operation of its own (own-operation.ts)
  if (killed === null && wounded === null && !unsplitToll(facts) && !ownOperation(current, facts))
    return false;
  // (one told only unsplit, "أربعة أطفال بين قتيل وجريح", has its casualties: a paragraph counting
  // more than them tells other victims; so does one at a town of its own whose counts do not add up
  // to them, "A sniper killed a man in Y" after "Shelling killed or wounded six people in X", as
  // fillsCasualties reads it)
  if (
    current.killed === null &&
    current.wounded === null &&
    (!countedUnsplit(current.checks) ||
      (withinUnsplit(current.checks, killed, wounded) &&
        (!townOfItsOwn(facts) || addsUpToUnsplit(current.checks, killed, wounded))))
  )
    return false;
  if (addsOthers(current, facts)) return false;
  // ("The commander … was killed along with one of his bodyguards": kin-along-with.ts)
  if (oneToldWithKin(current.killed, facts.casualties)) return false;
  // ("بسقوط أربعة ضحايا", then a paragraph on "مقتل امرأة وإصابة ثلاثة": victims-split.ts)
  if (splitsVictims(current, facts.casualties)) return false;
  // ("more than 30 injured", then "31 others were treated": sharper-count.ts)
  if (sharpensLooseToll(current, facts.casualties)) return false;
  // "More than a dozen people were killed…" with no place: the same event told loosely
  if (toldLoosely(current, facts)) return false;
  // "حصيلة الهجوم استشهاد سبعة" after "مقتل سبعة جنود وإصابة 12", with no place of its own: the
  // same toll told again, agreeing on every count it gives; so is a source's account of it ("وذكر
  // مصدر أن مسلحين استهدفوا الحافلة … ما أدى إلى مقتل سبعة", "a source said gunmen fired on the bus,
  // killing seven"); the same dead told again may come with the wounded the event lacks ("أعلنت
  // الوزارة مقتل منتسب خلال مداهمة", then "وقال بيان إن … ما أدى إلى مقتل المنتسب وإصابة اثنين")
  const agrees = (a: Count | null, b: Count | null): boolean => a === null || (b !== null && sameCount(a, b));
  const sameDead = killed !== null && current.killed !== null && sameCount(killed, current.killed);
  if (
    (THE_TOLL.test(facts.matchText) || facts.sourced) &&
    // (or at the event's own place: source-at-place.ts)
    (!facts.place?.governorate || atItsPlace(current.place, facts.place)) &&
    (killed !== null || wounded !== null) &&
    agrees(killed, current.killed) &&
    // (or gives only the wounded it lacks, at a town of the side of a city the event was told at:
    // "SANA said missiles fired at the al-Kiswah area … wounded two" after three dead "south of
    // Damascus", off-city.ts)
    (agrees(wounded, current.wounded) ||
      (current.wounded === null &&
        (sameDead || (killed === null && offCity(current.place) && !offCity(facts.place)))))
  )
    return false;
  // "فيما أصيب أحد مقاتلينا بجروح طفيفة" after "مقتل سبعة مسلحين خلال عملية…", "the officer died before
  // reaching hospital" after "killing him": a paragraph with no event, day or other place of its own,
  // whose counts agree with the event's or give a kind it lacks, tells more of that event
  const fits = (a: Count | null, b: Count | null): boolean => a === null || b === null || sameCount(a, b);
  if (
    (!facts.eventNamed || namesOnlyFinds(facts)) &&
    !facts.eventDate &&
    // (a governorate alone is the teller's or the event's own, never another spot)
    (!facts.place?.governorate ||
      (facts.place.precision === 'governorate' && sameGovernorate(current.place, facts.place))) &&
    fits(killed, current.killed) &&
    fits(wounded, current.wounded)
  )
    return false;
  // "قصف مدفعي أدى إلى مقتل ثلاثة", then "انفجرت عبوة ناسفة … ما أدى إلى مقتل ثلاثة": another blow
  if (facts.eventNamed && otherBlow(current.event, facts.event)) return true;
  const differs = (a: Count | null, b: Count | null): boolean =>
    a === null || b === null ? a !== b : !sameCount(a, b);
  return differs(killed, current.killed) || differs(wounded, current.wounded);
}
