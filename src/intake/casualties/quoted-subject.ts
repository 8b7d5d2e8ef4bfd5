// "فيما خسرت "الجبهة الوطنية للتحرير" ستة من مقاتليها": the force that lost its men is often named in
// quotes, several words long; the quoted name is one subject, however many words it has, so the count
// still stands right after the subject as the losing verbs want it.

/**
 * A subject word after a verb, for the patterns that allow a word or two between the verb and its
 * count: a name closed in quotes (up to five words, no clause mark inside) or a single plain word.
 * It starts with its space, as `(?:\s+[^\s،,.\d]+)` did.
 */
export const SUBJECT_WORD_AR = '(?:\\s+["«“](?:[^"«»“”\\s.،,]+\\s?){1,5}["»”]|\\s+[^\\s،,.\\d]+)';
