// "Khaled al-Masri … was killed along with his brother": the kin who died with the one counted.
import { KIN } from '../casualties/casualty-words.js';
import { EN_SMALL } from '../reading/number-words.js';

/** Right after a passive killed verb: "along with"/"together with"/"with", a possessive and two words. */
const ALONG_WITH =
  /^\s+(?:along\s+with|together\s+with|with)\s+(?:his|her|their)\s+([a-z\d]+)(?:\s+([a-z]+))?/u;

const countOf = (word: string): number | null =>
  /^\d+$/u.test(word) ? Number(word) : (EN_SMALL[word] ?? null);

/**
 * How many of the dead one's kin "along with" adds (English, matching form): "was killed along with
 * his brother" (one more), "died with her two sons" (two more); 0 where none is told, or where their
 * number is not ("with his sons": not known how many; the one counted stays the count).
 */
export function kinAlongWith(textAfterCue: string): number {
  const m = ALONG_WITH.exec(textAfterCue);
  if (!m) return 0;
  const [first, second = ''] = [m[1]!, m[2]];
  const n = countOf(first);
  if (n !== null) return KIN.test(second) ? n : 0;
  // a singular kin noun: one more ("his brother", "her driver"); a plural one tells no number
  return KIN.test(first) && !/(?:s|children|men)$/u.test(first) ? 1 : 0;
}
