import type { MiddlewareFn } from 'telegraf';
import type { ChatStore } from '../../store/store.js';
import type { BotContext } from '../context.js';

/**
 * Records every chat that talks to the bot (a blocked chat that writes again is active again) and
 * puts its stored record on the context.
 */
export function chatRecordMiddleware(chats: ChatStore): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const chat = ctx.chat;
    if (chat) {
      const title = 'title' in chat ? chat.title : null;
      ctx.chatRecord = await chats.seen({ id: chat.id, type: chat.type, title, language: null });
    }
    return next();
  };
}
