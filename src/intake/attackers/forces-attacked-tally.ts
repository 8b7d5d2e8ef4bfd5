// "On Thursday, government troops attacked rebel positions, triggering heavy clashes." then "The
// Observatory said six soldiers and four insurgents were killed": where the forces told before were
// the ones who attacked, the armed men counted beside their dead are the side they attacked — the
// defenders of the positions, no attackers set apart from victims (as an attack on a post by
// militants keeps its attackers apart: "militants attacked a border post …, four guards were killed
// …, nine of the attackers"). Both counts are the toll of the one assault, a fight of two sides.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import type { Building } from '../incidents/incident-types.js';
import { namesBlowOfItsOwn } from '../events/blow-of-its-own.js';
import { sameGovernorate } from '../places/incident-places.js';
import { matchView } from '../reading/view.js';
import { clashToldBefore } from './clash-told-before.js';
import { fightToldBetween } from './fight-told-between.js';

/**
 * The state's forces as the subject of an attack (matching form), maybe after where or when and a
 * comma: "government troops and allied militiamen attacked", "the army stormed", "regime forces
 * launched a ground assault on" — the attackers are the forces, their foe the attacked.
 */
const FORCES_ATTACKED = new RegExp(
  String.raw`^\W*(?:(?:on|late|early|overnight|at|in)(?![\p{L}])[^,;]{0,50},\s*)?(?:the\s+)?(?:(?:government|regime|syrian|iraqi|pro-government|state|army)\s+)?(?:troops|soldiers|forces|army)(?:\s+and\s+(?:[\p{L}-]+\s+){0,2}?(?:militiamen|militias?|fighters|allies))?\s+(?:(?:backed|supported)\s+by\s+[^,;]{1,40}?\s+)?(?:attacked|stormed|assaulted|launched\s+(?:an?\s+|their\s+|its\s+)?(?:[\p{L}-]+\s+){0,2}?(?:assault|offensive|attack))(?![\p{L}])`,
  'u',
);

/**
 * The clause counts dead (the forces') and armed men read as attackers, with no blow, day or other
 * governorate of its own, right after the event's opening clause — which told the forces attacking
 * (or a clash) and no dead yet (the sentence before, or the same sentence; or the one before that,
 * where the sentence between, `between` in matching form, told the fight going on: fight-told-between.ts):
 * both are the dead of that assault.
 */
export function forcesAttackedTally(
  event: Building,
  facts: ClauseFacts,
  sentenceIndex: number,
  between = '',
): boolean {
  const { killed, attackersKilled } = facts.casualties;
  return (
    killed !== null &&
    attackersKilled !== null &&
    event.killed === null &&
    event.attackersKilled === null &&
    (event.sentences.includes(sentenceIndex) ||
      event.sentences.includes(sentenceIndex - 1) ||
      (event.sentences.includes(sentenceIndex - 2) && fightToldBetween(between))) &&
    !facts.eventDate &&
    !(facts.place?.governorate && !sameGovernorate(event.place, facts.place)) &&
    !namesBlowOfItsOwn(facts.matchText) &&
    // (or a clash told with no attack by either side, "government forces clashed with militants":
    // clash-told-before.ts)
    (FORCES_ATTACKED.test(matchView(event.source).text) || clashToldBefore(matchView(event.source).text))
  );
}
