import { Telegram } from 'telegraf';
import type { Opts, Telegram as Methods } from 'telegraf/types';
import type { Metrics } from '../metrics/metrics.js';
import { toBotApiFailure } from './bot-api-failure.js';
import { createJsonTransport, type JsonTransport } from './json-transport.js';
import { carriesUpload } from './uploads.js';

/** telegraf's per-call options (an abort signal); its types name a polyfill's AbortSignal. */
export type CallOptions = Parameters<Telegram['callApi']>[2];

export interface BotApiClientOptions {
  token: string;
  /** TELEGRAM_API_ROOT: Telegram, a local Bot API server, or the fake in tests. */
  apiRoot: string;
  /** Every failed call counted by method and code (`network` when no answer came). */
  metrics?: Pick<Metrics, 'telegramError'>;
  /** Removes the token from failure texts: telegraf quotes the request URL in some errors. */
  scrub?: (text: string) => string;
}

/**
 * The one Telegram client of the app: the bot, the bulk sender, the broadcast progress, the channel
 * sync and polling or webhook set-up all call the Bot API through it. Whatever a call throws leaves
 * here as a BotApiFailure (the one place failures are read), counted once.
 */
export class BotApiClient extends Telegram {
  readonly #metrics: Pick<Metrics, 'telegramError'> | undefined;
  readonly #scrub: ((text: string) => string) | undefined;
  readonly #json: JsonTransport;

  constructor(options: BotApiClientOptions) {
    // No webhook reply: every call is a request of its own, so every failure is seen.
    super(options.token, { apiRoot: options.apiRoot, webhookReply: false });
    this.#metrics = options.metrics;
    this.#scrub = options.scrub;
    this.#json = createJsonTransport(options.apiRoot, options.token);
  }

  /** Closes the kept-alive connections to the Bot API (at shutdown, after the last call). */
  closeConnections(): void {
    this.#json.close();
  }

  override async callApi<M extends keyof Methods>(
    method: M,
    payload: Opts<M>,
    options?: CallOptions,
  ): Promise<ReturnType<Methods[M]>> {
    try {
      // Files go as multipart through telegraf's client; everything else as JSON through ours.
      if (carriesUpload(payload)) return await super.callApi(method, payload, options);
      return (await this.#json.call(
        method,
        payload,
        options?.signal as AbortSignal | undefined,
      )) as ReturnType<Methods[M]>;
    } catch (error) {
      const chatId = (payload as { chat_id?: number | string } | undefined)?.chat_id;
      const failure = toBotApiFailure(error, method, {
        ...(chatId !== undefined && { chatId }),
        ...(this.#scrub && { scrub: this.#scrub }),
      });
      // A call we aborted ourselves (polling stopping) is no failure of Telegram's.
      if (!options?.signal?.aborted) this.#metrics?.telegramError(method, failure.code);
      throw failure;
    }
  }
}
