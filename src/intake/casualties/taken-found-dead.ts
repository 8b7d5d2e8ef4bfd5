// "أقدم مسلحون على خطف ثلاثة رعاة، قبل أن يعثر ذووهم على جثثهم", "gunmen abducted four farmers;
// their bodies were found two days later": those taken, counted, are the dead whose bodies were found.
import { L, anyOf as f } from '../reading/word-pattern.js';
import { TAKEN } from '../followups/body-found.js';

/**
 * The bodies of several, named by their plural or dual possessive ("جثثهم", "جثتيهما", "their
 * bodies were found"): no count of their own, the bodies are of those the clause counted before.
 */
const THEIR_BODIES_FOUND = new RegExp(
  `(?<!${L})their\\s+(?:[\\p{L}-]+\\s+){0,2}?bodies\\s+(?:were|had\\s+been|have\\s+been)\\s+(?:later\\s+)?(?:found|discovered|recovered|dumped)(?!${L})|(?<!${L})(?:${f(['عثر', 'وعثر', 'عثرت', 'وعثرت', 'العثور', 'يعثر', 'تعثر', 'عثروا', 'وجدت', 'ووجدت'])})(?:\\s+${L}+){0,3}?\\s+${f(['على'])}\\s+(?:${f(['جثثهم', 'جثثهن', 'جثتيهما', 'جثتيهم', 'جثامينهم'])})(?!${L})`,
  'u',
);

/** How many words after the taking its count may be told: past the doers, "خطف مسلحون مجهولون أربعة". */
export const TAKEN_COUNT_REACH = 4;

/**
 * Where one clause tells a taking and, after it, the bodies of those taken found, the offset (in
 * the matched text) right after the word of the taking, where their count is told; else -1.
 */
export function takenCountFoundDead(matchText: string): number {
  const taken = TAKEN.exec(matchText);
  if (!taken) return -1;
  const after = taken.index + taken[0].length;
  return THEIR_BODIES_FOUND.test(matchText.slice(after)) ? after : -1;
}
