// A paragraph the copy holds twice, word for word: told once.
import type { Sentence } from '../reading/types.js';
import { matchView } from '../reading/view.js';

/** Fewer words than this make a line (an outlet's name, a dateline) that may well stand twice. */
const MIN_WORDS = 8;

/**
 * The sentences of each paragraph that repeats an earlier one word for word. Wire and observatory
 * copy keeps the first lead under an update ("تحديث – ارتفع إلى 8 …", then the lead of five dead
 * again) or repeats the lead at the foot of the story: the same words tell the same event once, and
 * its first toll again is no second event beside the updated one.
 */
export function repeatedParagraphs(sentences: readonly Sentence[]): Set<number> {
  const texts = new Map<number, string[]>();
  for (const s of sentences) texts.set(s.paragraph, [...(texts.get(s.paragraph) ?? []), s.text]);
  const seen = new Set<string>();
  const repeated = new Set<number>();
  for (const [paragraph, parts] of texts) {
    const text = matchView(parts.join(' ')).text.trim();
    if (text.split(' ').length < MIN_WORDS) continue;
    if (seen.has(text)) repeated.add(paragraph);
    seen.add(text);
  }
  return new Set(sentences.filter((s) => repeated.has(s.paragraph)).map((s) => s.index));
}
