// "In Basra, gunmen killed a council member. A bomb planted under a car wounded two people in the
// city's market": a sentence that opens on a blow of another kind tells another event.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { isGeneric } from '../incidents/same-event.js';
import { blastBesideGunfire } from './blast-or-gunfire.js';
import { namesBlowOfItsOwn } from './blow-of-its-own.js';
import { classifyEvent } from './classify-event.js';
import { otherBlow } from './other-blow.js';
import { toldAsGunfire } from './told-as-gunfire.js';
import { unsplitToll } from '../places/incident-places.js';

/** Words a sentence's subject may take at its head ("A roadside bomb planted", "Mortar rounds fired"). */
const HEAD_WORDS = 5;

/** The clause's first words (in matching form), where the blow it opens on stands. */
const head = (matchText: string): string =>
  matchText.split(/\s+/u).filter(Boolean).slice(0, HEAD_WORDS).join(' ');

/**
 * The incident's blow is told as someone's deed, or by its kind: not only dead with no word for what
 * killed them ("قتل أربعة أشخاص" before "بانفجار عبوة" names the blast that did it).
 */
const struckByDoer = (current: Building): boolean =>
  current.actors.length > 0 ||
  (current.event !== null && !isGeneric(current.event)) ||
  // (or told as shot, "were killed in a shooting": told-as-gunfire.ts)
  toldAsGunfire(current.source);

/**
 * A sentence (its first clause, `facts`) that opens on a blow of its own, named without "the", of
 * another kind than the incident told before it (a blast after gunfire, a bomb on the spot after
 * shelling), and counts its own hurt: another event, whatever place and day it shares. Not a
 * source's retelling ("وقال المصدر إن عبوة ناسفة انفجرت…": it opens on its teller), nor a blow told
 * after an incident that counts no one yet (the blow may be how its dead were hit), nor a clash, nor
 * one that counts "other" victims than the incident's.
 */
export function opensOnOtherBlow(current: Building, facts: ClauseFacts): boolean {
  // (a toll told unsplit, "killed or wounded four people", counts its own hurt too)
  if (facts.casualties.killed === null && facts.casualties.wounded === null && !unsplitToll(facts))
    return false;
  // ("A bomb then struck a truck bringing help, wounding three other soldiers": others than the
  // incident's victims, more of it)
  if (facts.additional) return false;
  if (current.killed === null && current.wounded === null) return false;
  const opening = head(facts.matchText);
  const blow = namesBlowOfItsOwn(opening) ? classifyEvent(opening, []).event : null;
  // (a clash or an offensive it opens on may be the fighting the blow was struck in, or a campaign)
  if (blow?.subType === 'armed_clash') return false;
  return otherBlow(current.event, blow) || (blastBesideGunfire(current.event, blow) && struckByDoer(current));
}
