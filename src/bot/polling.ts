import { TelegramError, type Telegraf } from 'telegraf';
import type { Logger } from 'pino';
import type { BotContext } from './context.js';

export class TokenRejectedError extends Error {
  constructor() {
    super('TELEGRAM_BOT_TOKEN was rejected by Telegram (401 Unauthorized)');
    this.name = 'TokenRejectedError';
  }
}

export interface PollingOptions {
  log: Logger;
  sleep: (ms: number) => Promise<void>;
  /** Called once the bot knows who it is and polls for updates. */
  onStarted?: (username: string) => void | Promise<void>;
}

/**
 * Long polling that survives Telegram: a network failure or a 409 (another instance polling with the
 * same token) is logged and retried with a growing pause; only a rejected token (401) ends it.
 * Resolves when `bot.stop()` is called.
 */
export async function runPolling(bot: Telegraf<BotContext>, options: PollingOptions): Promise<void> {
  const { log } = options;
  let stopped = false;
  const stop = bot.stop.bind(bot);
  bot.stop = (reason?: string) => {
    stopped = true;
    try {
      stop(reason);
    } catch {
      // not polling at this moment (between retries): nothing to stop
    }
  };

  for (let failures = 0; !stopped; ) {
    try {
      await bot.launch({ dropPendingUpdates: false }, () => {
        failures = 0;
        log.info({ username: bot.botInfo?.username }, 'bot started');
        void options.onStarted?.(bot.botInfo?.username ?? '');
      });
      return;
    } catch (error) {
      if (error instanceof TelegramError && error.code === 401) throw new TokenRejectedError();
      if (stopped) return;
      failures += 1;
      const pauseMs = Math.min(60_000, 1000 * 2 ** Math.min(failures, 6));
      log.error({ err: error, pause_ms: pauseMs }, 'polling failed, retrying');
      await options.sleep(pauseMs);
    }
  }
}
