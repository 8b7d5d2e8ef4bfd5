// "its fighters killed 54 militants as they pushed into the outskirts of the town", then "nine of
// its fighters were also killed in the clashes": a side's push into ground the enemy held is a fight
// told by its advance — the clashes the next clause names are that push's, though no fight or attack
// word told it (fight-sides.ts fightOfOwnLosses looks for the fight a side's own dead fell in).
import { L } from '../reading/word-pattern.js';

/**
 * "pushed into", "advancing on", "pressed toward" (matching form): a side moving on ground held by
 * the enemy — the verb with a preposition of ground ("pushed for talks" is none).
 */
const PUSH = new RegExp(
  `(?<!${L})(?:push(?:ed|ing)?|advanc(?:ed|ing)|press(?:ed|ing))\\s+(?:deeper\\s+|further\\s+)?(?:into|on|toward|towards)(?!${L})`,
  'u',
);

/** The clause (matching form) tells a side's push on enemy ground (PUSH). */
export const pushTold = (text: string): boolean => PUSH.test(text);
