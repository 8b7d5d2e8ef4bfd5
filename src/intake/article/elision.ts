// "اعتقال النائب (...) في منزله": a bracketed ellipsis marks words left out, not a sentence's end.
import type { Sentence } from '../reading/types.js';

/** A segment that ends in an ellipsis in brackets: "(...)", "[...]", "(…)". */
const ENDS_IN_ELISION = /[([]\s*(?:\.{2,}|…)\s*[)\]]$/u;

/**
 * "بعد يومين من اعتقال قوة خاصة فجر السبت النائب عن محافظة الانبار (...) في منزله وسط الرمادي،
 * في عملية … اسفر عن مقتل شقيقه": copy elides a name it withholds with a bracketed ellipsis, which
 * the segmenter takes for the end of a sentence; the sentence goes on past it (with its day).
 */
export function mergeAfterElisions(sentences: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && prev.paragraph === s.paragraph && ENDS_IN_ELISION.test(prev.text)) {
      const gap = ' '.repeat(Math.max(0, s.start - prev.end));
      out[out.length - 1] = { ...prev, end: s.end, text: `${prev.text}${gap}${s.text}` };
    } else out.push({ ...s, index: out.length });
  }
  return out;
}
