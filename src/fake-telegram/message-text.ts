import { parseTelegramHtml, tokenizeTelegramHtml, trimLikeTelegram } from '../telegram/html-parse.js';
import { badRequest } from './api-error.js';

/** Telegram's limit on a message's visible text, in UTF-16 code units. */
export const MESSAGE_TEXT_LIMIT = 4096;

export interface CheckedText {
  /** The text parameter as sent. */
  source: string;
  /** What a client shows. */
  visible: string;
  /** Visible text plus formatting: equal signatures mean Telegram sees the same content. */
  signature: string;
}

/**
 * Validates a message text as Telegram does: it must parse under `parse_mode` (only HTML is
 * modelled; Markdown is refused rather than guessed), must not be empty once trimmed, and must
 * fit 4096 visible characters.
 */
export function checkMessageText(source: string | undefined, parseMode: string | undefined): CheckedText {
  if (source === undefined) throw badRequest('message text is empty');
  let visible: string;
  if (parseMode === undefined || parseMode === '') {
    visible = trimLikeTelegram(source);
  } else if (parseMode.toLowerCase() === 'html') {
    const parsed = parseTelegramHtml(source);
    if (!parsed.ok) throw badRequest(parsed.error.replace(/^Bad Request: /, ''));
    visible = parsed.text;
  } else {
    throw badRequest(`unsupported parse_mode "${parseMode}" (the fake Bot API models HTML only)`);
  }
  if (visible.length === 0) throw badRequest('message text is empty');
  if (visible.length > MESSAGE_TEXT_LIMIT) throw badRequest('message is too long');
  return { source, visible, signature: parseMode === undefined || parseMode === '' ? visible : htmlSignature(source) };
}

/** Decoded text with tags kept apart from it, so `a &amp; b` and plain `a & b` compare equal. */
function htmlSignature(html: string): string {
  const tokenized = tokenizeTelegramHtml(html);
  if (!tokenized.ok) return html;
  const parts = tokenized.tokens.map((t) => (t.kind === 'text' ? t.text : `\u0000${t.source}\u0000`));
  return trimLikeTelegram(parts.join(''));
}
