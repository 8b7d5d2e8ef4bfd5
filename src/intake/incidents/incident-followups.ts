// Clauses that tell more of the incident just told, not an event of their own (incidents.ts).
import type { ClauseFacts } from './clause-facts.js';
import { diedOfWounds } from '../tolls/wounded-died/phrases.js';
import { hasCasualties } from './incident-bounds.js';
import { merge, raiseToll } from './incident-merge.js';
import { namesOneAnother, sameGovernorate } from '../places/incident-places.js';
import type { Building } from './incident-types.js';
import { hitsReinforcements, withReinforcementsToll } from '../followups/reinforcements.js';
import { pursuitToll } from '../attackers/pursuers-hurt.js';
import { LATER_OPENING } from './clause-links.js';
import { dayOfRisenDeed } from '../dates/risen-deed-day.js';

/** How many sentences on a casualty figure with no place or date of its own may still belong to an incident. */
export const MAX_GAP = 3;

/** The last incident is at most MAX_GAP sentences before this one. */
export function withinGap(last: Building, sentenceIndex: number): boolean {
  return sentenceIndex - (last.sentences[last.sentences.length - 1] ?? 0) <= MAX_GAP;
}

/**
 * The incident a risen toll is of: "ارتفاع حصيلة قتلى معرة النعمان إلى ستة" after other items of the
 * day is the toll of the one told at the town it names, not of the item told at another town last; a
 * rise naming no place told before is of the last one.
 */
export function incidentOfRise(built: readonly Building[], facts: ClauseFacts): Building | undefined {
  const last = built[built.length - 1];
  const named = facts.risenTo && facts.place?.governorate ? facts.place.text : null;
  // (a last item placed nowhere yet takes the rise, wherever its teller is: "مدير مشفى حمص")
  if (!named || !last?.place?.governorate || namesOneAnother(last.place.text, named))
    return (named && last?.place?.governorate ? undefined : ofKindNamed(built, facts)) ?? last;
  return (
    built.findLast(
      (b) => !!b.place && sameGovernorate(b.place, facts.place) && namesOneAnother(b.place.text, named),
    ) ?? last
  );
}

/**
 * "…ضربتين جويتين…" then "عملية إنزال…", and "ليرتفع عدد القتلى في الضربة إلى 9" ("an air strike …",
 * then "a raid …", then "bringing the toll of the strike to nine"): a rise that names its event by
 * its kind, not the kind of the item told last, is of the last one told of that kind.
 */
function ofKindNamed(built: readonly Building[], facts: ClauseFacts): Building | undefined {
  // (a rise that names no event, "The toll later climbed to six", has only the kind its dead imply:
  // the attack a lead told, "seven were killed in attacks", is not thereby named)
  const kind = facts.risenTo && facts.eventNamed ? facts.event?.subType : undefined;
  const last = built[built.length - 1];
  if (!kind || !last || last.event.subType === kind) return undefined;
  return built.findLast((b) => b.event.subType === kind);
}

/**
 * The clause tells more of `last`: its attackers chased (after a clause that told the chase), its
 * reinforcements hit, its toll risen, its damage. Adds what it tells to `last` and says so.
 */
export function addsToLast(
  last: Building | undefined,
  facts: ClauseFacts,
  sentenceIndex: number,
  pursuit: boolean,
  clauseText: string,
): boolean {
  if (!last) return false;
  if (pursuit && !facts.separate && !facts.eventDate && withinGap(last, sentenceIndex)) {
    // (told as theirs already where "منهم" named them: "وقتلت ثلاثة منهم"; pursuers-hurt.ts)
    merge(
      last,
      { ...facts, casualties: pursuitToll(facts.casualties, facts.matchText, facts.additional), targets: [] },
      null,
      null,
      sentenceIndex,
    );
    return true;
  }
  // "An hour later, a roadside bomb struck an army vehicle sent to reinforce the post": one complex
  // attack with the event just told, whose forces were the ones hit (told apart only by the time
  // counted on from it, the one attack still)
  if (
    (!facts.separate || LATER_OPENING.test(clauseText)) &&
    !facts.eventDate &&
    (!facts.place?.governorate || sameGovernorate(last.place, facts.place)) &&
    withinGap(last, sentenceIndex) &&
    hitsReinforcements(clauseText)
  ) {
    // its dead and wounded are more victims of that attack, added to its toll
    const casualties = withReinforcementsToll(last, facts.casualties);
    last.killed = casualties.killed;
    last.wounded = casualties.wounded;
    merge(last, { ...facts, casualties, actors: [], suspected: [] }, null, null, sentenceIndex);
    return true;
  }
  // "لترتفع حصيلة الهجوم إلى قتيلين", "bringing the death toll to 14": the event just told, its toll now
  // (where that event's place is not known yet, the governorate the rise names is the hospital's or
  // the teller's: "وأشار مدير مشفى حمص إلى … ليرتفع عدد الشهداء إلى أربعة")
  if (
    facts.risenTo &&
    !facts.separate &&
    (!facts.place?.governorate || !last.place?.governorate || sameGovernorate(last.place, facts.place))
  ) {
    // (where it says how many of the wounded died, only they leave the wounded: "two of the wounded
    // had died and a third body had been recovered, bringing the death toll to 12"; and the toll it
    // rose to replaces the count, however it names the dead added: "a third", "آخر")
    raiseToll(last, facts.risenTo, facts.diedOfWounds, diedOfWounds(clauseText));
    // (the day it tells of the deed, where the lead gave only the day the rise was reported: risen-deed-day.ts)
    const day = dayOfRisenDeed(last, facts);
    merge(last, { ...facts, casualties: facts.risenTo, additional: false }, day, null, sentenceIndex);
    return true;
  }
  // "The car was completely burned": the damage of the event just told, not an event of its own
  return (
    facts.event?.subType === 'looting_property_destruction' &&
    !hasCasualties(facts) &&
    facts.actors.length === 0 &&
    !facts.place?.governorate
  );
}
