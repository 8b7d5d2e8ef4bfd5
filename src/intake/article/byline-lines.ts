// Lines of page chrome above the lead: an outlet's name, a date alone, a byline.
import type { Sentence } from '../reading/types.js';

const MAX_WORDS = 6;
/** A sentence's end: a line that ends with one is prose, not a name or a date. */
const SENTENCE_END = /[.!?؟:]["»”]?\s*$/u;

/**
 * How many sentences at the top of the body are chrome lines ("المرصد السوري لحقوق الإنسان", then
 * "8 مارس 2022"; "By Staff Writer"): each a paragraph of its own, a few words with no full stop.
 * The lead is the first sentence after them, so a lead total is looked for from there (lead-totals.ts).
 */
export function bylineLines(sentences: readonly Sentence[]): number {
  let n = 0;
  for (const s of sentences) {
    const sameParagraph = sentences.some((o) => o !== s && o.paragraph === s.paragraph);
    const words = s.text.trim().split(/\s+/).length;
    if (sameParagraph || words > MAX_WORDS || SENTENCE_END.test(s.text)) break;
    n++;
  }
  return n;
}
