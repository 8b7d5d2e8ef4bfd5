import type { Telegram } from 'telegraf';
import type { Logger } from 'pino';
import { errorText } from '../delivery/error-text.js';
import type { ChatStore } from '../store/store.js';

/**
 * Keeps the channels named in DIGEST_CHANNELS subscribed. Called before each slot, so a channel
 * that was unreachable once (or added to the config) is picked up without a restart.
 */
export function createChannelSync(
  telegram: Telegram,
  chats: ChatStore,
  targets: ReadonlyArray<string | number>,
  log: Logger,
) {
  return async (): Promise<void> => {
    for (const target of targets) {
      try {
        const chat = await telegram.getChat(target);
        const known = await chats.get(chat.id);
        if (!known)
          await chats.seen({
            id: chat.id,
            type: chat.type,
            title: 'title' in chat ? chat.title : null,
            language: null,
          });
        if (!known?.subscribed) await chats.subscribe(chat.id, null);
      } catch (error) {
        log.warn({ error: errorText(error), channel: target }, 'digest channel unreachable');
      }
    }
  };
}
