import { Composer } from 'telegraf';
import { catalogue } from '../../i18n/catalogue.js';
import { parseLanguageArg } from '../../i18n/language.js';
import type { ChatStore } from '../../store/store.js';
import { escapeHtml } from '../../telegram/html.js';
import type { BotContext } from '../context.js';
import { replyHtml } from '../reply.js';

/** /lang ar|en: saves the chat's language; without a valid argument, explains the usage. */
export function languageFeature(chats: ChatStore): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.command('lang', async (ctx) => {
    const chosen = parseLanguageArg(ctx.payload.trim());
    if (!chosen) return replyHtml(ctx, escapeHtml(ctx.t.langUsage));
    await chats.setLanguage(ctx.chat.id, chosen);
    return replyHtml(ctx, escapeHtml(catalogue(chosen).langSet));
  });
  return feature;
}
