// "شيّع الأهالي جثمان راعٍ قُتل بغارة تركية": the body of one killed, named by a noun with no count.
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "جثمان راعٍ قُتل", "جثة شاب عشريني قضى": a single body, then the one it was, then a death verb —
 * one dead (a body does not kill, so the verb is the passive). "جثمان مختار قرية الحود، الذي قتل":
 * the one named at more length, the verb told by a relative ("الذي") that says it is his death.
 */
const BODY_OF_ONE_KILLED = new RegExp(
  `(?<!${L})[وب]?(?:${anyOf(['جثمان', 'جثة'])})\\s+(?:(?:[^\\s،,.]+\\s+){1,2}?|(?:[^\\s،,.]+\\s+){0,2}[^\\s،,.]+\\s*،?\\s*(?:${anyOf(['الذي', 'التي'])})\\s+)(?:${anyOf(['قتل', 'قضى', 'استشهد', 'توفي'])})(?!${L})`,
  'u',
);

/** One dead where an Arabic clause (matching form) tells the body of one killed, else null. */
export function bodyOfOneKilled(text: string): 1 | null {
  return BODY_OF_ONE_KILLED.test(text) ? 1 : null;
}
