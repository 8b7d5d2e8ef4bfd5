// "Troops launched an operation on Monday to clear militants from the villages, killing nine", then
// "Three soldiers were killed in the fighting": an operation or offensive a side launched (or a
// sweep it made into enemy ground) is a fight told by its start — the fighting the next clause names
// is that operation's, though no fight or attack word told it (fight-sides.ts fightOfOwnLosses looks
// for the fight a side's own dead fell in; push-told.ts reads a push told the same way).
import { L } from '../reading/word-pattern.js';

/**
 * "launched an operation", "began a large-scale offensive", "mounted a sweep", "swept into",
 * "sweeping through" (matching form; the day or the doer may stand between the verb and its object,
 * "launched on Tuesday an operation"): a side's operation on ground the enemy held — not "an
 * investigation launched", nor "an operation to rescue", whose verb or noun is not these.
 */
const OPERATION = new RegExp(
  `(?<!${L})(?:launch(?:ed|ing)?|beg[au]n|start(?:ed|ing)?|mount(?:ed|ing)?)\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:operations?|offensives?|sweeps?)(?!${L})(?!\\s+to\\s+(?:rescue|evacuate|free|recover|search))|(?<!${L})(?:swept|sweep(?:s|ing)?)\\s+(?:into|through)(?!${L})`,
  'u',
);

/** The clause (matching form) tells a side's operation launched or its sweep into enemy ground (OPERATION). */
export const operationLaunched = (text: string): boolean => OPERATION.test(text);
