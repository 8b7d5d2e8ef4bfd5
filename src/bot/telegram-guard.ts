import { TelegramError, type Telegram } from 'telegraf';
import type { Logger } from 'pino';
import type { Metrics } from '../metrics/metrics.js';
import { errorText, type Scrub } from '../delivery/error-text.js';

/** A failed Bot API call, with the context needed to act on it. Never carries the token. */
export class TelegramCallError extends Error {
  constructor(
    readonly method: string,
    readonly chatId: number | string | undefined,
    readonly updateId: number | undefined,
    readonly code: number | undefined,
    readonly retryAfter: number | undefined,
    cause: unknown,
    scrub: Scrub,
  ) {
    super(
      `${method} failed${chatId === undefined ? '' : ` for chat ${chatId}`}: ${errorText(cause, scrub)}`,
      { cause },
    );
    this.name = 'TelegramCallError';
  }
}

/** Calls that post a message: they count against Telegram's overall limit, shared with bulk sends. */
const POSTING_METHODS = new Set([
  'sendMessage',
  'copyMessage',
  'forwardMessage',
  'sendDocument',
  'sendPhoto',
]);

export interface GuardOptions {
  log: Logger;
  /**
   * Waits for a slot of the overall send limit (shared with the bulk sender) before posting, and
   * for a group's or channel's per-minute limit when the message goes to one.
   */
  reserveSendSlot: (chatId?: number) => Promise<void>;
  sleep: (ms: number) => Promise<void>;
  /** A 429 is a flood wait for the whole token: every other send must wait it out too (Sender.pauseAll). */
  onRateLimited?: (retryAfterMs: number) => void;
  /** A reply is retried after a 429 only when Telegram asks to wait at most this long. */
  maxRetryAfterSeconds: number;
  maxAttempts: number;
  /** Replies sent and Bot API errors, counted. */
  metrics?: Pick<Metrics, 'messageSent' | 'telegramError'>;
  /** Removes the token from error texts (telegraf quotes request URLs in network errors). */
  scrub: Scrub;
}

/**
 * Wraps one `Telegram` instance (telegraf makes one per update) so that posting waits for a slot of
 * the overall limit, a 429 is waited out and retried, and every other failure becomes a
 * TelegramCallError naming the method and chat.
 */
export function guardTelegram(telegram: Telegram, updateId: number | undefined, options: GuardOptions): void {
  const call = telegram.callApi.bind(telegram);
  telegram.callApi = (async (method: string, payload: Record<string, unknown>, extra?: unknown) => {
    const chatId = payload?.chat_id as number | string | undefined;
    const posting = POSTING_METHODS.has(method);
    for (let attempt = 1; ; attempt++) {
      try {
        if (posting) await options.reserveSendSlot(typeof chatId === 'number' ? chatId : undefined);
        const result = await call(method as never, payload as never, extra as never);
        if (posting) options.metrics?.messageSent('reply', 'ok');
        return result;
      } catch (error) {
        const code = error instanceof TelegramError ? error.code : undefined;
        options.metrics?.telegramError(method, code);
        const retryAfter = error instanceof TelegramError ? error.parameters?.retry_after : undefined;
        if (code === 429 && retryAfter !== undefined) options.onRateLimited?.(retryAfter * 1000);
        if (
          code === 429 &&
          retryAfter !== undefined &&
          retryAfter <= options.maxRetryAfterSeconds &&
          attempt < options.maxAttempts
        ) {
          options.log.warn(
            { method, chat_id: chatId, update_id: updateId, retry_after: retryAfter },
            'rate limited, waiting',
          );
          await options.sleep(retryAfter * 1000);
          continue;
        }
        if (posting) options.metrics?.messageSent('reply', code === 403 ? 'blocked' : 'failed');
        throw new TelegramCallError(method, chatId, updateId, code, retryAfter, error, options.scrub);
      }
    }
  }) as Telegram['callApi'];
}
