import { escapeHtml } from '../telegram/html.js';
import type { BotContext } from './context.js';
import { editHtml, replyHtml } from './reply.js';

/** Replies with plain text (a catalogue string, an echoed argument): escaped, then sent as replyHtml sends. */
export function replyText(ctx: BotContext, text: string, keyboard?: Parameters<typeof replyHtml>[2]) {
  return replyHtml(ctx, escapeHtml(text), keyboard);
}

/** Replaces a button's message with plain text, as editHtml does. */
export function editText(ctx: BotContext, text: string, keyboard: Parameters<typeof editHtml>[2]) {
  return editHtml(ctx, escapeHtml(text), keyboard);
}
