import type { MiddlewareFn } from 'telegraf';
import type { Chat as StoredChat, ChatStore } from '../../store/store.js';
import type { BotContext } from '../context.js';

/**
 * Records every chat that talks to the bot and puts its stored record on the context. Writes only
 * when something changed (new chat, new title, or a blocked chat talking again, which makes it
 * active), so an ordinary update costs a read, not a synced write.
 */
export function chatRecordMiddleware(chats: ChatStore): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const chat = ctx.chat;
    if (chat) {
      const title = 'title' in chat ? chat.title : null;
      const known = await chats.get(chat.id);
      ctx.chatRecord = needsWrite(known, chat.type, title)
        ? await chats.seen({ id: chat.id, type: chat.type, title, language: null })
        : (known ?? undefined);
    }
    return next();
  };
}

function needsWrite(known: StoredChat | null, type: StoredChat['type'], title: string | null): boolean {
  return !known || known.status !== 'active' || known.type !== type || known.title !== title;
}
