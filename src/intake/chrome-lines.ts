// "المرصد السوري لحقوق الإنسان", "9 مارس,2021", "By SARAH EL DEEB, Associated Press": the lines of
// page chrome before the lead, which tell nothing.
import type { Sentence } from './types.js';

const MAX_WORDS = 6;

/** A paragraph of its own, a few words with no sentence's end: a source, a byline, a date line. */
function chromeLine(sentence: Sentence, next: Sentence | undefined): boolean {
  const words = sentence.text.split(/\s+/u).filter(Boolean);
  return (
    words.length <= MAX_WORDS &&
    !/[.!?؟:]\s*$/u.test(sentence.text) &&
    (next === undefined || next.paragraph !== sentence.paragraph)
  );
}

/**
 * How many sentences of page chrome open the body: the lead is the first sentence after them, so a
 * lead total told after a source line and a date line is still the lead's.
 */
export function leadingChrome(sentences: readonly Sentence[]): number {
  let n = 0;
  while (n < sentences.length && chromeLine(sentences[n]!, sentences[n + 1])) n++;
  return n;
}
