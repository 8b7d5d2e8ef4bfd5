import { Feature } from '../feature.js';
import { message } from 'telegraf/filters';
import type { Logger } from 'pino';
import type { ChatStore } from '../../store/store.js';
import type { BotContext } from '../context.js';

/**
 * A group upgraded to a supergroup gets a new id; Telegram says so with a service message in the old
 * group. The chat's subscription and settings move to the new id. No reply: the old chat is gone.
 */
export function chatMigrationFeature(chats: ChatStore, log: Logger): Feature<BotContext> {
  const feature = new Feature<BotContext>();
  feature.on(message('migrate_to_chat_id'), async (ctx) => {
    const from = ctx.chat.id;
    const to = ctx.message.migrate_to_chat_id;
    const moved = await chats.migrate(from, to);
    log.info({ from_chat_id: from, to_chat_id: to, moved }, 'group migrated to supergroup');
  });
  return feature;
}
