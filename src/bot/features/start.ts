import { Composer } from 'telegraf';
import { escapeHtml } from '../../telegram/html.js';
import type { BotContext } from '../context.js';
import { replyHtml } from '../reply.js';

/** /start greets and says what the bot does; /help lists every command. */
export function startFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.start((ctx) => replyHtml(ctx, escapeHtml(ctx.t.start)));
  feature.help((ctx) => replyHtml(ctx, escapeHtml(ctx.t.help)));
  return feature;
}
