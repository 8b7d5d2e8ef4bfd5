// Casualty figures that differ from the event's: another event's, unless they add to it, retell it
// or split what it told unsplit.
import { alsoHit } from './wounded-died/phrases.js';
import { normalizeForMatch } from '../../text/normalize.js';
import { tellsRisenToll } from './toll-update.js';
import { NON_STATE } from '../actors/actor-table.js';
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { sameCount, type Count } from '../reading/count.js';
import { woundedThenDied } from './wounded-died/clause.js';
import {
  fullerCountOfAttackers,
  sameAttackersAgain,
  someOfTheAttackers,
} from '../attackers/attackers-again.js';
import { sameGovernorate } from '../places/incident-places.js';
import type { Building } from '../incidents/incident-types.js';
import { toldLoosely } from './loose-toll.js';
import { findNumbers } from '../reading/numbers.js';
import { retold, toldAsSubject } from './told-again.js';
import { matchView } from '../reading/view.js';
import { splitsVictims } from './victims-split.js';
import { sharpensLooseToll } from './sharper-count.js';
import { oneToldWithKin } from './one-told-with-kin.js';

/**
 * Other casualty figures for what would be the same event: another event — unless the clause only
 * gives a vaguer toll ("more than a dozen") with no place of its own: the same event, told loosely.
 */
export function casualtiesConflict(current: Building, facts: ClauseFacts): boolean {
  if (addsOthers(current, facts)) return false;
  // ("The commander … was killed along with one of his bodyguards": kin-along-with.ts)
  if (oneToldWithKin(current.killed, facts.casualties)) return false;
  // "انفجر اللغم بأحدهم، ما أدى إلى مقتله": a pronoun points at a victim told before, with no
  // place of its own it is more of that event
  if (facts.casualties.byPronoun && !facts.place?.governorate) return false;
  // "The Observatory put the death toll at eight": another source's toll of the event just told
  if (retold(facts, current)) return false;
  // "Three … and two … died in the fighting": the event just told, its toll told in parts
  if (facts.refersBack && (!facts.place?.governorate || sameGovernorate(current.place, facts.place)))
    return false;
  if (toldAsSubject(current, facts)) return false;
  // ("سقوط ثلاثة ضحايا", then "استشهاد منتسب وإصابة اثنين": the victims split, victims-split.ts)
  if (splitsVictims(current, facts.casualties)) return false;
  if (toldLoosely(current, facts)) return false;
  // ("more than 30 injured", then "31 others were treated": the loose count sharpened, sharper-count.ts)
  if (sharpensLooseToll(current, facts.casualties)) return false;
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
    if (
      current.attackersKilled !== null &&
      !sameCount(attackersKilled, current.attackersKilled) &&
      !fullerCountOfAttackers(current.attackersKilled, facts) &&
      !someOfTheAttackers(current.attackersKilled, facts)
    )
      return true;
    if (militantsToldAgain(current, facts)) return false;
    if (current.attackersKilled !== null && sameAttackersAgain(current.attackersKilled, facts)) return false;
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
 * (So is a clause of both kinds where the event has one of them: that one added, the other filled.)
 */
export function addsOthers(current: Building, facts: ClauseFacts): boolean {
  const { killed, wounded } = facts.casualties;
  if (!facts.additional || facts.place?.governorate) return false;
  // ("قتل ثلاثة مدنيين بينهم مختار", then "أطلقت النار عليه وعلى نجليه، ما أدى إلى مقتلهم": the dead
  // a pronoun tells, as many as the event's, are those it counted, whoever else the clause names)
  if (facts.casualties.byPronoun && retoldByPronoun(current, facts.casualties)) return false;
  // "Security forces killed 23 militants in air strikes near Tal Afar. Another six militants were
  // killed in clashes in the Hamrin Mountains": "another" counts on from the toll just told, but a
  // fight of another kind at a place of its own is another event
  if (otherFightElsewhere(current, facts)) return false;
  // "His bodyguard was also killed, and two passers-by were wounded": both kinds, victims told as
  // hit "also", where the event has one of them only; the one it has is added to, the other is the
  // first of its kind
  if (killed !== null && wounded !== null)
    return (
      (alsoHit(facts.matchText) && (current.killed === null) !== (current.wounded === null)) ||
      othersWoundedSomeDied(current, facts.casualties)
    );
  return (
    (killed === null) !== (wounded === null) && (killed === null ? current.wounded : current.killed) !== null
  );
}

/**
 * "قُتل أربعة مدنيين، هم رجل وزوجته وطفلاهما، وإصابة ستة آخرين، قبل أن يتوفى أحد الجرحى": others
 * wounded, told after the event's dead in a clause of their own, its only dead those of them who died
 * since — more dead of the event, which had counted no wounded yet (not where the event was told by
 * a risen toll, "ارتفع عدد الضحايا إلى تسعة": its dead hold those who died since).
 */
const othersWoundedSomeDied = (current: Building, told: ClauseFacts['casualties']): boolean =>
  !!told.diedSince &&
  told.killed === told.diedSince &&
  typeof current.killed === 'number' &&
  current.wounded === null &&
  !tellsRisenToll(normalizeForMatch(current.source));

/** Each count the clause tells is the event's own of that kind, and it tells one at least. */
function retoldByPronoun(current: Building, told: ClauseFacts['casualties']): boolean {
  const same = (x: Count | null, y: Count | null): boolean => x === null || (y !== null && sameCount(x, y));
  return (
    (told.killed !== null || told.wounded !== null) &&
    same(told.killed, current.killed) &&
    same(told.wounded, current.wounded)
  );
}

/** The clause names a blow of another kind than the event's, at a place named apart from the event's. */
function otherFightElsewhere(current: Building, facts: ClauseFacts): boolean {
  return (
    facts.eventNamed &&
    !!facts.event &&
    !!current.event &&
    facts.event.subType !== current.event.subType &&
    !!facts.place &&
    !!current.place &&
    facts.place.text !== current.place.text
  );
}
