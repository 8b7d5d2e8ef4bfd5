// The day the dead just told were found, told in a clause of its own.
import type { ClauseFacts } from '../incidents/clause-facts.js';
import { L, anyOf } from '../reading/word-pattern.js';

/**
 * "were found", "was discovered", "عُثر على", "عُثر عليهما", "تم العثور على": the finding of someone,
 * the verb a body found is told with.
 */
const FOUND = new RegExp(
  `(?<!${L})(?:(?:were|was|had been|have been) (?:found|discovered)|(?:${anyOf(['عثر', 'وعثر', 'عثرت', 'وعثرت', 'تم العثور', 'وتم العثور'])})\\s+(?:${anyOf(['على'])})\\p{L}*)(?!${L})`,
  'u',
);

/** The clause (in matching form) tells of someone found: "were found", "عُثر على جثته". */
export const tellsFinding = (matchText: string): boolean => FOUND.test(matchText);

/**
 * "The bodies of two sisters were found in a canal, officials said Thursday", then "The girls were
 * found Wednesday in the camp" ("وعُثر عليهما فجر الأربعاء"): with no casualties of its own, a clause
 * telling the finding on a day gives the day of the dead just told, where their telling gave only the
 * day it was said. Remains found or a mass grave ("The remains of 18 soldiers, executed in 2013, were
 * found") are victims of long ago, not the dead just told: their day (most often the killing's) is not theirs.
 */
export function datesFinding(facts: ClauseFacts): boolean {
  return (
    facts.eventDate !== null &&
    facts.casualties.killed === null &&
    facts.casualties.wounded === null &&
    !facts.remains &&
    tellsFinding(facts.matchText)
  );
}
