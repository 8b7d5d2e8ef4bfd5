import { Feature } from '../feature.js';
import type { BotContext } from '../context.js';
import { replyText } from '../reply-text.js';

/** /start greets and says what the bot does; /help lists every command. */
export function startFeature(): Feature<BotContext> {
  const feature = new Feature<BotContext>();
  feature.start((ctx) => replyText(ctx, ctx.t.start));
  feature.help((ctx) => replyText(ctx, ctx.t.help));
  return feature;
}
