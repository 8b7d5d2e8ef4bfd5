import type { Context } from 'telegraf';
import type { Language } from '../content/schema.js';
import type { Messages } from '../i18n/messages.js';
import type { Chat } from '../store/store.js';

/** telegraf's context plus what the middleware sets for every update. */
export interface BotContext extends Context {
  /** The stored record of the chat the update comes from, when it has one. */
  chatRecord?: Chat;
  lang: Language;
  t: Messages;
}
