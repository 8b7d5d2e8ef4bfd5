import type { Markup } from 'telegraf';
import type { InlineKeyboardMarkup } from 'telegraf/types';
import type { BotContext } from './context.js';
import { BotApiFailure } from '../telegram/bot-api-failure.js';
import { RESULT_UNREAD } from '../telegram/json-transport.js';

type Keyboard = Markup.Markup<InlineKeyboardMarkup>;

/** Spread into a call's extra: its answer is checked, not read (json-transport.ts). */
const RESULT_NOT_READ = { [RESULT_UNREAD]: true } as const;

/**
 * Replies with Telegram HTML; in groups as a reply to the command, so the answer keeps its context.
 * The message Telegram answers with is not read (RESULT_UNREAD): no caller uses it.
 */
export async function replyHtml(ctx: BotContext, html: string, keyboard?: Keyboard): Promise<void> {
  const inGroup = ctx.chat?.type === 'group' || ctx.chat?.type === 'supergroup';
  const messageId = ctx.message?.message_id;
  await ctx.reply(html, {
    ...RESULT_NOT_READ,
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
    ...(inGroup && messageId
      ? { reply_parameters: { message_id: messageId, allow_sending_without_reply: true } }
      : {}),
    ...keyboard,
  });
}

/**
 * Replaces the message a button belongs to; an identical page (a double tap) is not an error. The
 * edited message Telegram answers with is not read (RESULT_UNREAD).
 */
export async function editHtml(ctx: BotContext, html: string, keyboard: Keyboard): Promise<void> {
  try {
    await ctx.editMessageText(html, {
      ...RESULT_NOT_READ,
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...keyboard,
    });
  } catch (error) {
    if (!(error instanceof BotApiFailure && error.kind === 'not-modified')) throw error;
  }
}

/**
 * A button's page: the press is answered and its message replaced at the same time. The answer is
 * no message (Telegram's send limits do not apply to it), so it needs no slot and the spinner
 * stops at once; the two calls share the wait for Telegram. When the edit fails the press has
 * still had its one answer (a later alert is not sent again, see ReplyTelegram).
 */
export async function editAndAnswer(ctx: BotContext, html: string, keyboard: Keyboard): Promise<void> {
  await Promise.all([editHtml(ctx, html, keyboard), ctx.answerCbQuery()]);
}

/** Cuts a user-supplied argument for echoing back, so that a huge input never makes a huge reply. */
export function clip(text: string, max = 64): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}…`;
}
