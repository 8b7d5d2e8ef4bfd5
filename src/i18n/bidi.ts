import type { Language } from '../content/schema.js';

export const FSI = '\u2068';
export const PDI = '\u2069';
export const RLM = '\u200F';
const LRI = '\u2066';
const RLI = '\u2067';

/** Wraps text in a first-strong isolate: its direction comes from its own first letter. */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}

/** Wraps text known to be in `lang` in an isolate of that direction (an Arabic text may start with "ISIS"). */
export function isolateAs(lang: Language, text: string): string {
  return `${lang === 'ar' ? RLI : LRI}${text}${PDI}`;
}

// Latin runs: start with a Latin letter, a digit, a minus sign or a command slash; may contain spaces and the
// punctuation of URLs, codes and numbers; end with a letter, digit, unit mark or slash, so that
// trailing sentence punctuation stays in the Arabic flow. Brackets stay outside: they mirror.
const LATIN_RUN =
  /(?:\/(?=\p{Script=Latin})|[-−](?=[0-9])|[\p{Script=Latin}0-9])(?:[\p{Script=Latin}\p{M}0-9 .,:;/?&=#%+_~@'’\-–—²³°*$€£]*[\p{Script=Latin}\p{M}0-9²³°%/])?/gu;
// A bare number ("40,000", "3.5") reads right on its own inside Arabic text.
const PLAIN_NUMBER = /^[0-9]+(?:[.,][0-9]+)*$/;
// Arabic runs: Arabic letters and marks, with spaces and Arabic punctuation between them.
const ARABIC_RUN = /\p{Script=Arabic}(?:[\p{Script_Extensions=Arabic}\p{M} ]*[\p{Script=Arabic}\p{M}])?/gu;
const ISOLATE_OPEN = new Set(['\u2066', '\u2067', '\u2068']);

/** Applies `transform` to the text outside existing isolates (ours or the author's), nesting included. */
function outsideIsolates(text: string, transform: (segment: string) => string): string {
  let out = '';
  let segmentStart = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (ISOLATE_OPEN.has(c)) {
      if (depth === 0) {
        out += transform(text.slice(segmentStart, i));
        segmentStart = i;
      }
      depth++;
    } else if (c === PDI && depth > 0 && --depth === 0) {
      out += text.slice(segmentStart, i + 1);
      segmentStart = i + 1;
    }
  }
  // an unclosed isolate runs to the end: leave it as it is
  return out + (depth === 0 ? transform(text.slice(segmentStart)) : text.slice(segmentStart));
}

/**
 * For Arabic output: isolates Latin words, URLs, codes and numbers with units or ranges, so that a
 * mixed line still reads right to left ("قتل 3 من عناصر ⁨ISIS⁩").
 */
export function isolateLatinRuns(text: string): string {
  return outsideIsolates(text, (segment) =>
    segment.replace(LATIN_RUN, (run) => (PLAIN_NUMBER.test(run) ? run : isolate(run))),
  );
}

/** For English output: isolates Arabic runs so that they do not reorder the English around them. */
export function isolateArabicRuns(text: string): string {
  return outsideIsolates(text, (segment) => segment.replace(ARABIC_RUN, isolate));
}

/** Makes plain content text read right in an output language. Apply before escaping. */
export function bidiFor(lang: Language, text: string): string {
  return lang === 'ar' ? isolateLatinRuns(text) : isolateArabicRuns(text);
}

/** Removes bidi controls, e.g. from a user's argument copied out of one of our messages. */
export function stripBidiControls(text: string): string {
  return text.replace(/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g, '');
}
