import { Feature } from '../feature.js';
import { commandForBot, leadingCommand } from '../command-match.js';
import type { BotContext } from '../context.js';
import { replyText } from '../reply-text.js';

/**
 * The catch-all, installed last. Unknown commands get a polite answer where they were meant for us
 * (a private chat, or `/cmd@thisbot` in a group); in private chats anything else gets a hint towards
 * /help. Chatter, commands for other bots, and other updates are ignored in groups. A button no
 * feature knows (an old or forged one) gets an alert, so its spinner stops.
 */
export function fallbackFeature(): Feature<BotContext> {
  const feature = new Feature<BotContext>();
  feature.on('message', (ctx) => {
    const isPrivate = ctx.chat.type === 'private';
    if (leadingCommand(ctx.message)) {
      // A bare unknown command in a group may be another bot's: answered only when it names us.
      const command = commandForBot(ctx.message, ctx.me);
      const forUs = command !== undefined && (command.addressed || isPrivate);
      return forUs ? replyText(ctx, ctx.t.unknownCommand) : undefined;
    }
    return isPrivate ? replyText(ctx, ctx.t.privateHint) : undefined;
  });
  feature.on('callback_query', (ctx) => ctx.answerCbQuery(ctx.t.buttonExpired, { show_alert: true }));
  return feature;
}
