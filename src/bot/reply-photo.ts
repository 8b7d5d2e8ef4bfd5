import type { SendPhoto } from '../pictures/picture-service.js';
import type { BotContext } from './context.js';

/** Sends a photo into the chat (and forum topic) the update came from. */
export function replyPhoto(ctx: BotContext): SendPhoto {
  return (photo, extra) => ctx.replyWithPhoto(photo, extra);
}
