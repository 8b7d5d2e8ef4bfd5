import { Feature } from '../feature.js';
import { catalogue } from '../../i18n/catalogue.js';
import { parseLanguageArg } from '../../i18n/language.js';
import type { ChatStore } from '../../store/store.js';
import { commandArgument } from '../argument.js';
import { mayManageChat } from '../chat-admin.js';
import type { BotContext } from '../context.js';
import { replyText } from '../reply-text.js';

/**
 * /lang ar|en: saves the chat's language; without a valid argument, explains the usage. In groups
 * only admins may change it, as with the language button of /settings.
 */
export function languageFeature(chats: ChatStore): Feature<BotContext> {
  const feature = new Feature<BotContext>();
  feature.command('lang', async (ctx) => {
    const chosen = parseLanguageArg(commandArgument(ctx));
    if (!chosen) return replyText(ctx, ctx.t.langUsage);
    if (!(await mayManageChat(ctx))) return replyText(ctx, ctx.t.subscriptions.adminsOnly);
    await chats.setLanguage(ctx.chat.id, chosen);
    return replyText(ctx, catalogue(chosen).langSet);
  });
  return feature;
}
