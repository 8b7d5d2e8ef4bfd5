// Whether a clause opens another incident or adds to the one before it.
import { woundedThenDied } from './death-after-wounding.js';
import { NON_STATE } from './actor-table.js';
import type { ClauseFacts } from './clause-facts.js';
import { SUBJECT_BACK } from './clause-links.js';
import { sameCount, type Count } from './count.js';
import { countBeforeRise } from './earlier-count.js';
import { toldLoosely } from './loose-toll.js';
import { inside, isNight, sameRange } from './event-period.js';
import { otherSpot, sameGovernorate, unsplitToll } from './incident-places.js';
import { otherBlow } from './other-blow.js';
import type { Building } from './incident-types.js';
import { findNumbers } from './numbers.js';
import { sameEventOffCity } from './off-city.js';
import { matchView } from './view.js';
import { L, anyOf } from './word-pattern.js';

/** The toll named as the event's: "حصيلة الهجوم", "the death toll". */
const THE_TOLL = new RegExp(`(?<!${L})(?:${anyOf(['حصيلة', 'الحصيلة', 'وحصيلة'])}|toll)(?!${L})`, 'u');

/**
 * A toll with no event, place or date of its own: the event just told, in another source's figures
 * or as it stood before it rose.
 */
export function retold(facts: ClauseFacts, current: Building): boolean {
  // "A security source told AFP that two people were wounded": a toll in a source's words, naming no
  // event of its own, is the event just told
  const sourcedToll = facts.sourced && !facts.eventNamed && !facts.additional && !facts.another;
  // "أكدت تنسيقية المتظاهرين في الناصرية أن عدد القتلى بلغ خمسة": a toll told at the event's own town
  const ownPlace =
    !facts.place?.governorate ||
    (facts.tollOnly &&
      !!current.place &&
      sameGovernorate(current.place, facts.place) &&
      !otherSpot(current.place, facts.place));
  return (
    ((facts.tollOnly || sourcedToll) && ownPlace && !facts.eventDate && !facts.separate) ||
    countBeforeRise(current, facts)
  );
}

/**
 * "Airstrikes killed nine in northwestern Syria", then "the strikes hit the town of Atarib in Aleppo
 * province, wounding 20" ("الغارة طالت سوقاً في معرة النعمان وأسفرت عن إصابة تسعة"): the event just
 * told, as the subject of what it did, at its place or placing an event told only in a country —
 * with no other count of the casualties it has ("the shelling hit a home in X, killing four" is one
 * of the places a lead's total sums).
 */
function toldAsSubject(current: Building, facts: ClauseFacts): boolean {
  if (!SUBJECT_BACK.test(facts.matchText)) return false;
  const { killed, wounded } = facts.casualties;
  const other = (a: Count | null, b: Count | null): boolean => a !== null && b !== null && !sameCount(a, b);
  if (other(killed, current.killed) || other(wounded, current.wounded)) return false;
  return (
    !facts.place?.governorate || !current.place?.governorate || sameGovernorate(current.place, facts.place)
  );
}

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
  if (current.killed === null && current.wounded === null) return killed !== null || wounded !== null;
  if (facts.eventDate || facts.place?.governorate) return false;
  return (
    (killed === null && wounded !== null && current.wounded === null) ||
    (wounded === null && killed !== null && current.killed === null)
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
  if (followsAnother(current, facts)) return true;
  if (facts.eventDate && current.date && !sameRange(facts.eventDate.date, current.date)) {
    // "late Sunday night", then "Four bodies were recovered this morning": a day of the night told;
    // "killing its driver on Sunday" inside a toll risen by Tuesday: the count before it rose
    if (
      !(isNight(current.date) && inside(facts.eventDate.date, current.date)) &&
      !countBeforeRise(current, facts)
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
  if (gov && currentGov && gov !== currentGov && !sameEventOffCity(current, facts)) return true;
  return casualtiesConflict(current, facts);
}

/**
 * Other casualty figures for what would be the same event: another event — unless the clause only
 * gives a vaguer toll ("more than a dozen") with no place of its own: the same event, told loosely.
 */
export function casualtiesConflict(current: Building, facts: ClauseFacts): boolean {
  if (addsOthers(current, facts)) return false;
  // "انفجر اللغم بأحدهم، ما أدى إلى مقتله": a pronoun points at a victim told before, with no
  // place of its own it is more of that event
  if (facts.casualties.byPronoun && !facts.place?.governorate) return false;
  // "The Observatory put the death toll at eight": another source's toll of the event just told
  if (retold(facts, current)) return false;
  // "Three … and two … died in the fighting": the event just told, its toll told in parts
  if (facts.refersBack && (!facts.place?.governorate || sameGovernorate(current.place, facts.place)))
    return false;
  if (toldAsSubject(current, facts)) return false;
  if (toldLoosely(current, facts)) return false;
  if (
    woundedThenDied(facts.matchText, facts) &&
    (!facts.place?.governorate || sameGovernorate(current.place, facts.place))
  )
    return false;
  const { killed, wounded, attackersKilled } = facts.casualties;
  // "وسقط ستة مدنيين بين قتيل وجريح", then "وكان 18 قتلوا يوم السبت": the toll told unsplit, dead
  // and wounded told apart on a day of their own are another event's, not its split (with no day of
  // their own, "five were killed and wounded … killing one and wounding another", they are its split)
  if (
    (killed !== null || wounded !== null) &&
    facts.eventDate &&
    current.killed === null &&
    current.wounded === null &&
    current.checks.some((c) => c.reason === 'casualties-unsplit') &&
    !splitsUnsplit(current, killed, wounded)
  )
    return true;
  if (attackersKilled !== null && killed === null && wounded === null) {
    if (current.attackersKilled !== null && !sameCount(attackersKilled, current.attackersKilled)) return true;
    if (militantsToldAgain(current, facts)) return false;
    // attackers' dead told with a place of their own (militants killed by the bomb they were
    // planting elsewhere): another event; with none ("two of the attackers were killed"), this one
    return !!facts.place?.governorate && facts.place.text !== current.place?.text;
  }
  if (killed !== null && current.killed !== null && !sameCount(killed, current.killed)) return true;
  return wounded !== null && current.wounded !== null && !sameCount(wounded, current.wounded);
}

/**
 * The clause's dead are militants: attackers only ("قتل ثمانية إرهابيين بضربة جوية"), or the dead of
 * a blow at an armed group alone ("قتل عشرة من عناصر داعش بعملية إنزال", "troops killed ten ISIS
 * fighters in a raid").
 */
export function deadAreAttackers(facts: ClauseFacts): boolean {
  const { killed, attackersKilled } = facts.casualties;
  if (killed === null) return attackersKilled !== null;
  return facts.targets.length > 0 && facts.targets.every((t) => NON_STATE.has(t));
}

/**
 * "قتل عشرة من عناصر داعش بعملية إنزال في صحراء القائم", then "نفذت عملية جنوب عكاشات أسفرت عن قتل
 * عشرة إرهابيين" ("troops killed ten militants in a raid", then "the raid near X killed ten
 * insurgents"): an event whose only dead are the militants (they are its killed), the same count of
 * them told again, at a sharper spot or on its own day: those dead again, not another event's.
 */
export function militantsToldAgain(current: Building, facts: ClauseFacts): boolean {
  const { killed, wounded, attackersKilled } = facts.casualties;
  return (
    attackersKilled !== null &&
    killed === null &&
    wounded === null &&
    current.deadAreAttackers &&
    current.killed !== null &&
    sameCount(attackersKilled, current.killed)
  );
}

/**
 * "سبعة أشخاص سقطوا بين قتيل وجريح", then "انفجرت مساء أمس … ما أسفر عن مقتل اثنين وإصابة خمسة"
 * ("seven people were killed or wounded", then "the bomb went off on Tuesday, killing two and
 * wounding five"): dead and wounded that add up to the unsplit toll are its split, whatever day the
 * clause names.
 */
function splitsUnsplit(current: Building, killed: Count | null, wounded: Count | null): boolean {
  if (typeof killed !== 'number' || typeof wounded !== 'number') return false;
  return current.checks.some(
    (c) =>
      c.reason === 'casualties-unsplit' &&
      findNumbers(matchView(c.detail ?? '')).some((n) => n.value === killed + wounded),
  );
}

/**
 * A clause of one kind of casualty only, counted as others ("an explosion nearby wounded four other
 * soldiers"), where the event has that kind already: more victims of the same event, to be added.
 */
export function addsOthers(current: Building, facts: ClauseFacts): boolean {
  const { killed, wounded } = facts.casualties;
  if (!facts.additional || facts.place?.governorate) return false;
  return (
    (killed === null) !== (wounded === null) && (killed === null ? current.wounded : current.killed) !== null
  );
}

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
      sameEventOffCity(current, facts))
  )
    return false;
  if (toldAsSubject(current, facts)) return false;
  // "A third person in the car was wounded", "four others": more victims of it
  if (facts.additional && !facts.place?.governorate) return false;
  // "وإصابته متوسطة": the one just named, told again
  if (facts.casualties.byPronoun && !facts.place?.governorate) return false;
  if (retold(facts, current)) return false;
  // a new paragraph at another spot of the same governorate (another district, another town)
  if (facts.place?.governorate && current.place && otherSpot(current.place, facts.place)) return true;
  // "سقط ٥ مدنيين بين قتيل وجريح": a toll told unsplit is casualties of its own
  if (killed === null && wounded === null && !unsplitToll(facts)) return false;
  if (current.killed === null && current.wounded === null) return false;
  if (addsOthers(current, facts)) return false;
  // "More than a dozen people were killed…" with no place: the same event told loosely
  if (toldLoosely(current, facts)) return false;
  // "حصيلة الهجوم استشهاد سبعة" after "مقتل سبعة جنود وإصابة 12", with no place of its own: the
  // same toll told again, agreeing on every count it gives; so is a source's account of it ("وذكر
  // مصدر أن مسلحين استهدفوا الحافلة … ما أدى إلى مقتل سبعة", "a source said gunmen fired on the bus,
  // killing seven")
  const agrees = (a: Count | null, b: Count | null): boolean => a === null || (b !== null && sameCount(a, b));
  if (
    (THE_TOLL.test(facts.matchText) || facts.sourced) &&
    !facts.place?.governorate &&
    (killed !== null || wounded !== null) &&
    agrees(killed, current.killed) &&
    agrees(wounded, current.wounded)
  )
    return false;
  // "فيما أصيب أحد مقاتلينا بجروح طفيفة" after "مقتل سبعة مسلحين خلال عملية…", "the officer died before
  // reaching hospital" after "killing him": a paragraph with no event, day or other place of its own,
  // whose counts agree with the event's or give a kind it lacks, tells more of that event
  const fits = (a: Count | null, b: Count | null): boolean => a === null || b === null || sameCount(a, b);
  if (
    !facts.eventNamed &&
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
