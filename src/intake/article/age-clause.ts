// The age of one named before, told of him after a comma: no clause of its own.
import { normalizeForMatch } from '../../text/normalize.js';

const AGED = new Set(['ويبلغ', 'وتبلغ'].map(normalizeForMatch));

/**
 * "أن نجل المزارع، ويبلغ من العمر 16 عاماً، أصيب بجروح": "and he is … years old" tells the age of the
 * one just named; the verb after it is still his, so the sentence reads on as one clause (split
 * there, the verb would lose its subject). `word`: the clause's first word, in matching form.
 */
export function tellsAge(word: string): boolean {
  return AGED.has(word);
}
