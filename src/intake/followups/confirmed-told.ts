// "A military spokesman confirmed the attack on the convoy": a side bearing out the event told.
import { L } from '../reading/word-pattern.js';

/**
 * A confirmation whose object is an event by its definite name or its day ("confirmed the attack",
 * "confirmed Sunday's strike"), in matching form ("sunday s strike").
 */
const CONFIRMED_TOLD = new RegExp(
  `(?<!${L})(?:confirmed|confirms|acknowledged|acknowledges)\\s+(?:the|\\p{L}+\\s+s)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:attacks?|bombings?|blasts?|explosions?|strikes?|airstrikes?|shelling|ambush|raids?|killings?|assassination|incident)(?!${L})`,
  'u',
);

/**
 * "A U.S. spokesman in Baghdad confirmed the attack but said none of its soldiers were hurt": a
 * side's word that the event happened, told with no casualties of its own, is about the event the
 * article told, not another one (the place the spokesman speaks from is not the event's).
 */
export const confirmsTold = (matchText: string): boolean => CONFIRMED_TOLD.test(matchText);
