// "four H.T.S. members", "two U.S. Army soldiers": a group's initials written with dots are one word.
import type { Token } from '../reading/tokens.js';

/**
 * The token at `j` is a letter of dotted initials after the first ("t" and "s" of "h.t.s."): a
 * single letter right after another single letter, one character (the dot) between them. The
 * tokenizer splits the initials into letters; read as words, "four H.T.S. members" puts the noun
 * four words past the count, beyond the few describing words a counted noun may follow. The letters
 * after the first add no word to that reach: the initials are one word, as "U.S." already fits.
 */
export function laterInitialAt(tokens: readonly Token[], j: number): boolean {
  const here = tokens[j];
  const before = tokens[j - 1];
  return (
    here !== undefined &&
    before !== undefined &&
    here.word.length === 1 &&
    before.word.length === 1 &&
    /^\p{L}$/u.test(here.word) &&
    /^\p{L}$/u.test(before.word) &&
    here.start === before.end + 1
  );
}
