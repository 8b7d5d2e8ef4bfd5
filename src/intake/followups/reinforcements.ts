// A blow on the forces sent to the scene of an event: more of that one (a complex attack), not another.
import type { Casualties } from '../casualties/casualties.js';
import { sumCounts } from '../reading/count.js';
import type { Building } from '../incidents/incident-types.js';
import { L, anyOf as f } from '../reading/word-pattern.js';

/**
 * "a roadside bomb struck an army vehicle sent to reinforce the post", "hit reinforcements rushing to
 * the scene", "استهدفت عبوة ناسفة التعزيزات العسكرية التي وصلت إلى المكان", "قوة الإسناد".
 */
const REINFORCEMENTS = new RegExp(
  `(?<!${L})(?:sent to (?:reinforce|back up|support)|to reinforce|reinforcements?|rushing to the scene|rushed to the scene|responding to the attack|${f(['التعزيزات', 'تعزيزات', 'قوة الإسناد', 'قوة إسناد', 'قوات الإسناد', 'هرعت إلى المكان', 'هرعت الى المكان', 'التي وصلت إلى المكان', 'التي وصلت الى المكان'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells of a blow on the forces sent to the event just told. */
export function hitsReinforcements(matchText: string): boolean {
  return REINFORCEMENTS.test(matchText);
}

/**
 * The toll of the attack once the blow on its reinforcements is told: "a sniper killed a soldier and
 * wounded another", then "a bomb hit the force sent to back them up, wounding three": four wounded.
 */
export function withReinforcementsToll(attack: Building, blow: Casualties): Casualties {
  const add = (known: Building['killed'], more: Casualties['killed']): Casualties['killed'] =>
    known !== null && more !== null ? sumCounts([known, more]) : (known ?? more);
  return {
    killed: add(attack.killed, blow.killed),
    wounded: add(attack.wounded, blow.wounded),
    attackersKilled: blow.attackersKilled,
  };
}
