// "The commander … was killed along with one of his bodyguards" after "shot dead a commander": the
// one the event counted, told again with those killed beside him (the count: victims/kin-along-with.ts).
import type { Casualties } from '../casualties/casualties.js';
import type { Building } from '../incidents/incident-types.js';

/**
 * The clause tells the one the event counted as its dead again, with those killed along with him
 * ("shot dead a commander", then "The commander … was killed along with one of his bodyguards"):
 * the same event, its toll now him and them.
 */
export function oneToldWithKin(killed: Building['killed'], told: Casualties): boolean {
  return (
    !!told.alongWith &&
    typeof killed === 'number' &&
    typeof told.killed === 'number' &&
    told.killed - told.alongWith === killed
  );
}
