// "Iraqi forces took full control of the district on Tuesday, killing 23 militants", then "Three
// soldiers were killed and 11 wounded in the fighting": a force taking a place from the enemy fought
// for it — the fighting the next clause names is that taking's, though no fight word told it, and
// the force's own dead there are its toll beside the militants it killed (fight-sides.ts
// fightOfOwnLosses looks for the fight a side's own dead fell in, as push-told.ts reads a push).
import { L } from '../reading/word-pattern.js';

/**
 * "took full control of", "seized the village of", "captured the town", "recaptured the district",
 * "liberated the area" (matching form): ground changing hands, its name or its kind after the verb.
 */
const PLACE_TAKEN = new RegExp(
  `(?<!${L})(?:took|taken|seized|captured|recaptured|retook|retaken|liberated|regained)\\s+(?:(?:full|complete|total)\\s+)?(?:control\\s+of|the\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:village|town|city|district|neighbou?rhood|area|suburb|region|hill|base|airport))(?!${L})`,
  'u',
);

/** The clause (matching form) tells a place taken from the enemy (PLACE_TAKEN). */
export const placeTakenEn = (text: string): boolean => PLACE_TAKEN.test(text);
