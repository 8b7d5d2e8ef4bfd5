import type { MiddlewareFn } from 'telegraf';
import { batchPerTurn } from '../../batching/batch-calls.js';
import type { Chat as StoredChat, ChatStore } from '../../store/store.js';
import type { BotContext } from '../context.js';

/**
 * Records every chat that talks to the bot and puts its stored record on the context. Writes only
 * when something changed (new chat, new title, or a blocked chat talking again, which makes it
 * active), so an ordinary update costs a read, not a synced write. Private chats' updates that
 * arrive together (a getUpdates batch, a burst of webhook requests) share that read: one query for
 * all of them. A group's are read one by one: its pacing decides each command by the replies the
 * ones before it queued, which they must have reached before the next read answers.
 */
export function chatRecordMiddleware(chats: ChatStore): MiddlewareFn<BotContext> {
  const read = batchPerTurn((ids: number[]) => chats.getMany(ids));
  return async (ctx, next) => {
    const chat = ctx.chat;
    if (chat) {
      const title = 'title' in chat ? chat.title : null;
      const known = chat.type === 'private' ? await read(chat.id) : await chats.get(chat.id);
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
