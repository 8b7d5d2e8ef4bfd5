// "The ministry condemned Monday's killing as a flagrant violation": a reaction to the event told.
import { L } from '../reading/word-pattern.js';

/**
 * A condemnation whose object is an event by its definite name or its day ("condemned the strikes",
 * "condemned Monday's killing", "denounced the US strikes"), in matching form ("monday s killing").
 */
const CONDEMNED_TOLD = new RegExp(
  `(?<!${L})(?:condemned|condemns|denounced|denounces|decried|deplored)\\s+(?:the|\\p{L}+\\s+s)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:attacks?|bombings?|blasts?|explosions?|strikes?|airstrikes?|shelling|ambush|raids?|killings?|assassination|incursion)(?!${L})`,
  'u',
);

/**
 * "Syria's foreign ministry condemned Monday's killing as a 'flagrant violation'": a side's
 * condemnation of an event, told with no casualties of its own, is a reaction to the event the
 * article told, not another one (the day it names is that event's, not a new day).
 */
export const condemnsTold = (matchText: string): boolean => CONDEMNED_TOLD.test(matchText);
