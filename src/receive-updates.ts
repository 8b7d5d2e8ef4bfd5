import type { Logger } from 'pino';
import type { Telegraf } from 'telegraf';
import { ALLOWED_UPDATES } from './bot/allowed-updates.js';
import { registerCommands } from './bot/command-menu.js';
import type { BotContext } from './bot/context.js';
import { startPolling, type Polling } from './bot/polling.js';
import type { Language } from './content/schema.js';
import type { AppHttp } from './http/app-http.js';
import type { LeaseStore } from './store/store.js';

export interface ReceiveUpdatesDeps {
  /** WEBHOOK_URL is set: Telegram POSTs the updates to the HTTP server (already listening). */
  webhook: boolean;
  bot: Telegraf<BotContext>;
  http: AppHttp;
  leases: LeaseStore;
  owner: string;
  defaultLanguage: Language;
  log: Logger;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

/**
 * Where updates come from: the webhook (settled when the HTTP server closes) or long polling under
 * the `polling` lease. Either way the command menu is registered once the bot is known.
 */
export function receiveUpdates(deps: ReceiveUpdatesDeps): Polling {
  const { bot, log } = deps;
  const onStarted = () => registerCommands(bot.telegram, deps.defaultLanguage, log);
  if (deps.webhook) return { started: onStarted(), done: deps.http.closed, stop: async () => undefined };
  return startPolling({
    bot,
    leases: deps.leases,
    owner: deps.owner,
    log,
    now: deps.now,
    sleep: deps.sleep,
    allowedUpdates: ALLOWED_UPDATES,
    onStarted,
  });
}
