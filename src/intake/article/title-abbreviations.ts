// "Federal Police commander Lt. Gen. Raed Shaker Jawdat said…": the full stop of a rank or title
// before a name ends no sentence.
import type { Sentence } from '../reading/types.js';

/**
 * A segment that ends in an English rank or title abbreviation ("Lt.", "Maj. Gen.", "Col.", "Capt.",
 * "Gov.", "Dr."): the name it is given to follows in the next segment.
 */
const ENDS_IN_TITLE =
  /(?<![\p{L}.])(?:Lt|Maj|Gen|Brig|Col|Capt|Sgt|Cpl|Pvt|Adm|Cmdr|Lieut|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Prof)\.$/u;

/**
 * A segment that ends in a country's or body's dotted initials ("U.S.", "U.N.", "U.K."): wire copy
 * writes them before the name they qualify ("Two U.S. Marines were killed", "the U.N. Office for…"),
 * and a sentence ending in them is rare enough that the break the segmenter puts there is the
 * mistake ("Two U.S." | "Marines were killed…" lost the count of who was killed).
 */
const ENDS_IN_INITIALISM = /(?<![\p{L}.])(?:U\.S|U\.N|U\.K)\.$/u;

/**
 * Intl.Segmenter breaks after any full stop followed by a capital: "Damascus police chief Maj. Gen.
 * Nizar Sabbagh told state TV that…" came out as three sentences, the first keeping who spoke (and a
 * "Meanwhile," that sets the event apart), the last the event without them. The segments are joined
 * again.
 */
export function mergeAfterTitles(sentences: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.paragraph === s.paragraph &&
      (ENDS_IN_TITLE.test(prev.text) || ENDS_IN_INITIALISM.test(prev.text))
    ) {
      const gap = ' '.repeat(Math.max(0, s.start - prev.end));
      out[out.length - 1] = { ...prev, end: s.end, text: `${prev.text}${gap}${s.text}` };
    } else out.push({ ...s, index: out.length });
  }
  return out;
}
