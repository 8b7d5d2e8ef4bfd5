import type { MiddlewareFn } from 'telegraf';
import type { Language } from '../../content/schema.js';
import { catalogue } from '../../i18n/catalogue.js';
import { chooseLanguage } from '../../i18n/language.js';
import type { BotContext } from '../context.js';

/** Sets ctx.lang and ctx.t: the chat's saved choice, else the user's Telegram language, else the default. */
export function languageMiddleware(fallback: Language): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    ctx.lang = chooseLanguage(ctx.chatRecord?.language ?? undefined, ctx.from?.language_code, fallback);
    ctx.t = catalogue(ctx.lang);
    return next();
  };
}
