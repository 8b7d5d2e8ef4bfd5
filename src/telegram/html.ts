// A lone surrogate cannot be sent (the Bot API wants UTF-8): it is shown as U+FFFD instead.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for Telegram's HTML parse mode: the three characters it requires, and lone surrogates. */
export function escapeHtml(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Escapes a value for a double-quoted HTML attribute (href). */
export function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;');
}
