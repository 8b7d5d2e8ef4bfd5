// Format characters (bidi marks and isolates, zero-width joiners, BOM, soft hyphen…) are invisible:
// our own messages wrap ids in them, so text copied back out of a message carries them.
const FORMAT_CHARACTERS = /\p{Cf}/gu;
// A lone surrogate is not a character at all; it cannot be echoed back in valid UTF-8.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A user's argument as they meant it: invisible format characters and lone surrogates removed, ends trimmed. */
export function cleanArgument(text: string): string {
  return text.replace(LONE_SURROGATE, '').replace(FORMAT_CHARACTERS, '').trim();
}

/** The cleaned text after a command (`/summary <this>`). */
export function commandArgument(ctx: { payload: string }): string {
  return cleanArgument(ctx.payload);
}
