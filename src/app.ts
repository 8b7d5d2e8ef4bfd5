import type { Logger } from 'pino';
import type { Telegraf } from 'telegraf';
import { registerCommands } from './bot/commands.js';
import type { BotContext } from './bot/context.js';
import { createBot } from './bot/create-bot.js';
import { runPolling } from './bot/polling.js';
import type { Config } from './config/schema.js';
import { loadContentDir } from './content/load.js';
import { ContentRepository } from './content/repository.js';
import { openSqliteStore } from './store/sqlite/open.js';
import type { Store } from './store/store.js';

export interface Runtime {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export interface RunningApp {
  bot: Telegraf<BotContext>;
  store: Store;
  content: ContentRepository;
  /** Settles when the bot has stopped polling (rejects when Telegram refuses the token). */
  polling: Promise<void>;
  stop(reason: string): Promise<void>;
}

/** Wires config → store → content → bot and starts polling. main, the demo and the tests all use it. */
export async function startApp(config: Config, log: Logger, runtime: Runtime): Promise<RunningApp> {
  const store = await openSqliteStore(config.databasePath, { now: runtime.now });
  const snapshot = await loadContentDir(config.contentDir, log);
  const content = new ContentRepository(snapshot);
  log.info({ articles: content.size, rejected: snapshot.problems.length, dir: config.contentDir }, 'content loaded');

  const bot = createBot({
    token: config.token,
    apiRoot: config.apiRoot,
    defaultLanguage: config.defaultLanguage,
    content,
    chats: store.chats,
    log,
    now: runtime.now,
    sleep: runtime.sleep,
  });

  let started!: () => void;
  const ready = new Promise<void>((resolve) => (started = resolve));
  const polling = runPolling(bot, {
    log,
    sleep: runtime.sleep,
    onStarted: async () => {
      await registerCommands(bot.telegram, config.defaultLanguage, log);
      started();
    },
  });
  await Promise.race([ready, polling]);

  return {
    bot,
    store,
    content,
    polling,
    async stop(reason) {
      log.info({ reason }, 'stopping');
      bot.stop(reason);
      await polling.catch(() => undefined);
      await store.close();
    },
  };
}
