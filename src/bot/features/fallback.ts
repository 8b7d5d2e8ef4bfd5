import { Composer } from 'telegraf';
import type { Message } from 'telegraf/types';
import { escapeHtml } from '../../telegram/html.js';
import type { BotContext } from '../context.js';
import { replyHtml } from '../reply.js';

/** The command a message starts with, and the bot it names (`/cmd@bot`), if any. */
export function leadingCommand(message: Message): { command: string; addressee?: string } | undefined {
  if (!('text' in message)) return undefined;
  const entity = message.entities?.[0];
  if (entity?.type !== 'bot_command' || entity.offset !== 0) return undefined;
  const [command = '', addressee] = message.text.slice(1, entity.length).split('@');
  return { command, ...(addressee ? { addressee } : {}) };
}

/**
 * The catch-all, installed last. Unknown commands get a polite answer where they were meant for us
 * (a private chat, or `/cmd@thisbot` in a group); in private chats anything else gets a hint towards
 * /help. Chatter, commands for other bots, and other updates are ignored in groups. A button no
 * feature knows (an old or forged one) gets an alert, so its spinner stops.
 */
export function fallbackFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on('message', (ctx) => {
    const isPrivate = ctx.chat.type === 'private';
    const command = leadingCommand(ctx.message);
    if (command) {
      const forUs = command.addressee ? command.addressee.toLowerCase() === ctx.me.toLowerCase() : isPrivate;
      return forUs ? replyHtml(ctx, escapeHtml(ctx.t.unknownCommand)) : undefined;
    }
    return isPrivate ? replyHtml(ctx, escapeHtml(ctx.t.privateHint)) : undefined;
  });
  feature.on('callback_query', (ctx) => ctx.answerCbQuery(ctx.t.buttonExpired, { show_alert: true }));
  return feature;
}
