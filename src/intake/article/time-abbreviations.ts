// "Since Oct. 17, U.S. forces…", "downed at about 9:30 p.m. Monday": the full stop of a month's or a
// clock's abbreviation ends no sentence where the day it heads follows.
import type { Sentence } from '../reading/types.js';

/** A segment that ends in a month's abbreviation ("Oct.", "Sept.") or a clock's ("p.m.", "a.m."). */
const ENDS_IN_MONTH = /(?<![\p{L}.])(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.$/u;
const ENDS_IN_CLOCK = /(?<![\p{L}])[ap]\.m\.$/iu;

/** What a month's abbreviation heads: the day's number. */
const DAY_NUMBER = /^\d{1,2}(?!\d)/u;
/** What a clock's heads: the weekday ("9:30 p.m. Monday"; not a time in brackets, "(2135 GMT Saturday)"). */
const WEEKDAY = /^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}])/u;

/**
 * Intl.Segmenter breaks after a full stop followed by a capital or a number: "Since Oct. 17, U.S. and
 * coalition forces have come under attack…" came out as "Since Oct." and a sentence with no span, its
 * count taken for an event's; "…downed at about 9:30 p.m. Monday and crashed…" lost its day. The
 * segments are joined again where the next one opens with what the abbreviation heads.
 */
export function mergeAfterTimeAbbreviations(sentences: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const heads =
      !!prev &&
      prev.paragraph === s.paragraph &&
      ((ENDS_IN_MONTH.test(prev.text) && DAY_NUMBER.test(s.text)) ||
        (ENDS_IN_CLOCK.test(prev.text) && WEEKDAY.test(s.text)));
    if (prev && heads) {
      const gap = ' '.repeat(Math.max(0, s.start - prev.end));
      out[out.length - 1] = { ...prev, end: s.end, text: `${prev.text}${gap}${s.text}` };
    } else out.push({ ...s, index: out.length });
  }
  return out;
}
