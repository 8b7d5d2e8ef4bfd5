// A speaker's own words in quotation marks, the speaker named after them: how things are to them, not
// the news's telling of an event.
import type { Sentence } from '../reading/types.js';

/**
 * A quotation closed and then attributed, the verb of saying a few words on ("…of a plane,” said a
 * teacher", "…deadline,” the director told reporters"): direct speech as features and follow-ups
 * quote it, a witness's or an official's comment. (An Arabic statement's words quoted after "أن"/"إن"
 * tell the event itself, in the teller's words: not read here.)
 */
const ATTRIBUTED_QUOTE =
  /["“«]([^"“”«»]+)["”»]\s*,?\s*(?:[\p{L}'’.-]+\s+){0,6}?(?:said|says|told|added|explained|warned|recalled)(?![\p{L}])/gu;

/** The paragraph's sentences joined, with where each begins. */
function joined(
  sentences: readonly Sentence[],
  paragraph: number,
): { text: string; starts: Map<number, number> } {
  let text = '';
  const starts = new Map<number, number>();
  sentences.forEach((s, i) => {
    if (s.paragraph !== paragraph) return;
    if (text) text += ' ';
    starts.set(i, text.length);
    text += s.text;
  });
  return { text, starts };
}

/**
 * The spans of sentence `at` (offsets in its text) that are attributed direct speech, the quotation
 * read across the sentences of its paragraph ("“A drone costs $500. It can kill a farmer,” he said":
 * the second sentence is his too).
 */
export function spokenSpans(sentences: readonly Sentence[], at: number): Array<[number, number]> {
  const sentence = sentences[at];
  if (!sentence) return [];
  const { text, starts } = joined(sentences, sentence.paragraph);
  const start = starts.get(at) ?? 0;
  const end = start + sentence.text.length;
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(ATTRIBUTED_QUOTE)) {
    const from = m.index + 1;
    const to = from + (m[1]?.length ?? 0);
    if (to > start && from < end) spans.push([Math.max(from, start) - start, Math.min(to, end) - start]);
  }
  return spans;
}

/** The clause at `start` of its sentence begins inside attributed direct speech. */
export function clauseInSpeech(text: string, start: number, spans: ReadonlyArray<[number, number]>): boolean {
  const first = start + (text.slice(start).length - text.slice(start).trimStart().length);
  return spans.some(([from, to]) => first + 1 >= from && first < to);
}
