// "The toll rose overnight from an initial four as three of the wounded died": the rise to the toll told.
import { L } from '../../reading/word-pattern.js';

/**
 * "the toll rose overnight from an initial four as three of the 15 wounded died", "the death toll
 * had risen from five after two of the wounded died": a toll told risen from an earlier figure by its
 * cause, with no figure it rose to (a rise "to 12 as…" is read by toll-update.ts). The count the
 * article told before is the one it rose to: those who died of their wounds are in it already.
 */
const RISEN_FROM_BY_CAUSE = new RegExp(
  `(?<!${L})(?:toll|number of (?:the )?(?:dead|killed))\\s+(?:has\\s+|had\\s+)?(?:rose|risen|climbed|increased)\\s+(?:[\\p{L}-]+\\s+){0,2}?from\\s+[^,.;]{1,40}?\\s(?:as|after|because|when)(?!${L})`,
  'u',
);

/** The clause (in matching form) tells a toll risen from an earlier figure by its cause. */
export const risesFromEarlierByCause = (matchText: string): boolean => RISEN_FROM_BY_CAUSE.test(matchText);
