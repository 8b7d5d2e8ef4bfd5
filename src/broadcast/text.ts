import { tokenizeTelegramHtml } from '../telegram/html-parse.js';
import { escapeHtml } from '../telegram/html.js';
import { splitMessage } from '../telegram/split.js';

/** A broadcast text ready to send: its HTML and the messages it takes (over 4,096 characters it is split). */
export interface SendableText {
  html: string;
  parts: string[];
}

export type BroadcastText =
  | ({ ok: true } & SendableText)
  | { ok: false; reason: 'empty' }
  /** Not valid Telegram HTML: `error` is Telegram's parser message; `plain` is the same text escaped. */
  | { ok: false; reason: 'invalid'; error: string; plain: SendableText };

/**
 * Checks an admin's text the way Telegram will parse it, before anything goes out: a text Telegram
 * would reject must never reach the fan-out, where every recipient would fail. Valid HTML is sent as
 * written; otherwise the admin may send it escaped, exactly as typed.
 */
export function prepareBroadcastText(text: string): BroadcastText {
  // Tokenized only: a text over the Bot API's 32,768 bytes is valid, and is split like a long one.
  const parsed = tokenizeTelegramHtml(text);
  if (!parsed.ok) {
    const plain = plainText(text);
    if (plain.parts.length === 0) return { ok: false, reason: 'empty' };
    return { ok: false, reason: 'invalid', error: parsed.error.replace(/^Bad Request: /, ''), plain };
  }
  const parts = splitMessage(text);
  return parts.length === 0 ? { ok: false, reason: 'empty' } : { ok: true, html: text, parts };
}

/** The text shown as typed: every `<` and `&` escaped. */
export function plainText(text: string): SendableText {
  const html = escapeHtml(text);
  return { html, parts: splitMessage(html) };
}
