// "Last month, a female activist survived an attempt on her life…", then "She was treated for a
// wound to the leg": the one who survived the attempt just told, hurt in it — its one wounded.
import type { Building } from '../incidents/incident-types.js';
import { matchView } from '../reading/view.js';
import { CLAUSE_HEAD, L } from '../reading/word-pattern.js';

/** The event told as one someone came through alive: "survived an assassination attempt", "escaped". */
const SURVIVED = new RegExp(`(?<!${L})(?:survived|escaped)(?!${L})`, 'u');

/**
 * "She was lightly wounded", "He was treated for wounds to the leg", "she was hurt": the one a
 * pronoun stands for, hurt — told with no count of its own.
 */
const ONE_HURT = new RegExp(
  `${CLAUSE_HEAD}(?:he|she)\\s+(?:was|had\\s+been)\\s+(?:(?:slightly|lightly|seriously|critically|badly|also|later)\\s+)*(?:wounded|injured|hurt|treated\\s+for\\s+(?:a\\s+)?(?:[\\p{L}-]+\\s+)?(?:wounds?|injur(?:y|ies)|burns))(?!${L})`,
  'u',
);

/** The incident just told, a survival with no casualties counted, and this clause tells the survivor hurt. */
export function survivorHurt(hit: Building | undefined, matchText: string): hit is Building {
  return (
    !!hit &&
    hit.killed === null &&
    hit.wounded === null &&
    SURVIVED.test(matchView(hit.source).text) &&
    ONE_HURT.test(matchText)
  );
}
