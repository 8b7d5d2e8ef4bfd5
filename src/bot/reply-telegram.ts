import type { Logger } from 'pino';
import { Context, Telegram } from 'telegraf';
import type { Opts, Telegram as Methods, Update, UserFromGetMe } from 'telegraf/types';
import type { Language } from '../content/schema.js';
import type { Messages } from '../i18n/messages.js';
import type { Metrics } from '../metrics/metrics.js';
import type { Chat } from '../store/store.js';
import type { CallOptions } from '../telegram/bot-api-client.js';
import { BotApiFailure } from '../telegram/bot-api-failure.js';
import type { BotContext } from './context.js';

/** Calls that post a message: they count against Telegram's overall limit, shared with bulk sends. */
const POSTING_METHODS = new Set<string>([
  'sendMessage',
  'copyMessage',
  'forwardMessage',
  'sendDocument',
  'sendPhoto',
]);

export interface ReplyPacing {
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
  /** Replies sent, counted (Bot API errors are counted by the one client). */
  metrics?: Pick<Metrics, 'messageSent'>;
}

/**
 * `ctx.telegram` of one update: every call goes through the app's one client (so its failures are
 * BotApiFailures), posting waits for a slot of the overall limit, and a short 429 is waited out and
 * retried. A button press is answered once: Telegram takes one answer per callback query, so once
 * one has gone out (or is on its way) a later one (an error's alert after the answer was already
 * sent with the edit) is not sent again.
 */
export class ReplyTelegram extends Telegram {
  /** The first answerCallbackQuery of this update, while it is on its way or once it succeeded. */
  #answer: Promise<unknown> | undefined;

  constructor(
    private readonly client: Telegram,
    private readonly pacing: ReplyPacing,
    private readonly updateId: number | undefined,
  ) {
    super(client.token, client.options);
  }

  override async callApi<M extends keyof Methods>(
    method: M,
    payload: Opts<M>,
    options?: CallOptions,
  ): Promise<ReturnType<Methods[M]>> {
    if (method !== 'answerCallbackQuery') return this.#call(method, payload, options);
    const first = this.#answer;
    const answer = first
      ? // Answered already: true, as Telegram would say; only a failed first answer is tried again.
        first.then(
          () => true,
          () => this.#call(method, payload, options),
        )
      : this.#call(method, payload, options);
    this.#answer = answer;
    return answer as Promise<ReturnType<Methods[M]>>;
  }

  async #call<M extends keyof Methods>(
    method: M,
    payload: Opts<M>,
    options?: CallOptions,
  ): Promise<ReturnType<Methods[M]>> {
    const { pacing } = this;
    const chatId = (payload as { chat_id?: number | string } | undefined)?.chat_id;
    const posting = POSTING_METHODS.has(method);
    for (let attempt = 1; ; attempt++) {
      try {
        if (posting) await pacing.reserveSendSlot(typeof chatId === 'number' ? chatId : undefined);
        const result = await this.client.callApi(method, payload, options);
        if (posting) pacing.metrics?.messageSent('reply', 'ok');
        return result;
      } catch (error) {
        const retryAfter =
          error instanceof BotApiFailure && error.kind === 'rate-limited' ? error.retryAfter : undefined;
        if (retryAfter !== undefined) pacing.onRateLimited?.(retryAfter * 1000);
        if (
          retryAfter !== undefined &&
          retryAfter <= pacing.maxRetryAfterSeconds &&
          attempt < pacing.maxAttempts
        ) {
          pacing.log.warn(
            { method, chat_id: chatId, update_id: this.updateId, retry_after: retryAfter },
            'rate limited, waiting',
          );
          await pacing.sleep(retryAfter * 1000);
          continue;
        }
        const blocked = error instanceof BotApiFailure && error.kind === 'blocked';
        if (posting) pacing.metrics?.messageSent('reply', blocked ? 'blocked' : 'failed');
        throw error;
      }
    }
  }
}

type BotContextType = new (update: Update, telegram: Telegram, botInfo: UserFromGetMe) => BotContext;

/**
 * telegraf's `contextType` option, its one hook into the context of each update: telegraf builds a
 * `Telegram` per update (for webhook replies, which this bot does not use); the context gets a
 * ReplyTelegram over the app's one client instead.
 */
export function replyContextType(client: Telegram, pacing: ReplyPacing): BotContextType {
  return class ReplyContext extends Context implements BotContext {
    declare chatRecord?: Chat;
    declare lang: Language;
    declare t: Messages;

    constructor(update: Update, _perUpdate: Telegram, botInfo: UserFromGetMe) {
      super(update, new ReplyTelegram(client, pacing, update.update_id), botInfo);
    }
  };
}
