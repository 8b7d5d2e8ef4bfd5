// A blow on the forces sent to the scene of an event: more of that one (a complex attack), not another.
import { L, anyOf as f } from './word-pattern.js';

/**
 * "a roadside bomb struck an army vehicle sent to reinforce the post", "hit reinforcements rushing to
 * the scene", "استهدفت عبوة ناسفة التعزيزات العسكرية التي وصلت إلى المكان", "قوة الإسناد".
 */
const REINFORCEMENTS = new RegExp(
  `(?<!${L})(?:sent to (?:reinforce|back up|support)|reinforcements?|rushing to the scene|rushed to the scene|responding to the attack|${f(['التعزيزات', 'تعزيزات', 'قوة الإسناد', 'قوة إسناد', 'قوات الإسناد', 'هرعت إلى المكان', 'هرعت الى المكان', 'التي وصلت إلى المكان', 'التي وصلت الى المكان'])})(?!${L})`,
  'u',
);

/** The clause (in matching form) tells of a blow on the forces sent to the event just told. */
export function hitsReinforcements(matchText: string): boolean {
  return REINFORCEMENTS.test(matchText);
}
