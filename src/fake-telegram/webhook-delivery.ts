import { setTimeout as sleep } from 'node:timers/promises';
import type { Update } from 'telegraf/types';
import type { UpdateQueue } from './update-queue.js';

export interface WebhookSettings {
  url: string;
  secretToken?: string;
  maxConnections: number;
  /** Update kinds delivered; others are confirmed without being sent. Empty: every kind. */
  allowedUpdates: readonly string[];
}

export interface WebhookDeliveryOptions {
  now: () => number;
  /** A request not answered within this long counts as failed and is re-sent. */
  timeoutMs?: number;
  /** The first pause before re-sending a failed update; doubles per attempt up to 1 s. */
  backoffMs?: number;
}

const kindOf = (update: Update) => Object.keys(update).find((key) => key !== 'update_id') ?? '';

/**
 * Delivers queued updates to the webhook as Telegram does: POSTed as JSON with the secret header,
 * lowest update_id first, at most max_connections at once; a non-2xx answer or a timeout re-sends
 * it after a short pause; a 2xx confirms it.
 */
export class WebhookDelivery {
  private settings: WebhookSettings | undefined;
  private readonly sending = new Set<number>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly attempts = new Map<number, number>();
  /** Host names a test routes to a local origin (a webhook URL is https://some.host/path). */
  private readonly routes = new Map<string, string>();
  private readonly stop = new AbortController();
  private lastError: { date: number; message: string } | undefined;

  constructor(
    private readonly queue: UpdateQueue,
    private readonly options: WebhookDeliveryOptions,
  ) {
    queue.onQueued = () => this.pump();
  }

  get active(): boolean {
    return this.settings !== undefined;
  }

  set(settings: WebhookSettings): void {
    this.settings = settings;
    this.lastError = undefined;
    this.pump();
  }

  /** Stops delivering; requests in flight finish. */
  clear(): void {
    this.settings = undefined;
  }

  route(host: string, origin: string): void {
    this.routes.set(host.toLowerCase(), origin);
    this.pump();
  }

  /** Delivery attempts made for an update so far. */
  attemptsFor(updateId: number): number {
    return this.attempts.get(updateId) ?? 0;
  }

  /** getWebhookInfo's answer. */
  info(): Record<string, unknown> {
    const s = this.settings;
    return {
      url: s?.url ?? '',
      has_custom_certificate: false,
      pending_update_count: this.queue.pending().length,
      ...(s && { max_connections: s.maxConnections }),
      ...(s && s.allowedUpdates.length > 0 && { allowed_updates: [...s.allowedUpdates] }),
      ...(this.lastError && {
        last_error_date: Math.floor(this.lastError.date / 1000),
        last_error_message: this.lastError.message,
      }),
    };
  }

  async close(): Promise<void> {
    this.settings = undefined;
    this.stop.abort();
    await Promise.allSettled([...this.inFlight]);
  }

  private pump(): void {
    const settings = this.settings;
    if (!settings) return;
    for (const update of [...this.queue.pending()]) {
      if (this.inFlight.size >= settings.maxConnections) return;
      if (this.sending.has(update.update_id)) continue;
      if (settings.allowedUpdates.length > 0 && !settings.allowedUpdates.includes(kindOf(update))) {
        // Telegram never sends a kind the bot did not ask for.
        this.queue.ack(update.update_id);
        continue;
      }
      const delivery = this.deliver(update, settings);
      this.inFlight.add(delivery);
      void delivery.finally(() => {
        this.inFlight.delete(delivery);
        this.pump();
      });
    }
  }

  private target(url: string): string {
    const parsed = new URL(url);
    const origin = this.routes.get(parsed.hostname.toLowerCase());
    return origin ? `${origin}${parsed.pathname}${parsed.search}` : url;
  }

  private async deliver(update: Update, settings: WebhookSettings): Promise<void> {
    const id = update.update_id;
    this.sending.add(id);
    const attempt = (this.attempts.get(id) ?? 0) + 1;
    this.attempts.set(id, attempt);
    let failure: string | undefined;
    try {
      const response = await fetch(this.target(settings.url), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(settings.secretToken !== undefined && {
            'X-Telegram-Bot-Api-Secret-Token': settings.secretToken,
          }),
        },
        body: JSON.stringify(update),
        signal: AbortSignal.any([this.stop.signal, AbortSignal.timeout(this.options.timeoutMs ?? 10_000)]),
      });
      await response.arrayBuffer();
      if (!response.ok)
        failure = `Wrong response from the webhook: ${response.status} ${response.statusText}`;
    } catch (error) {
      failure =
        error instanceof Error && error.name === 'TimeoutError'
          ? 'Read timeout expired'
          : 'Connection refused';
    }
    if (failure === undefined) {
      this.queue.ack(id);
      this.sending.delete(id);
      return;
    }
    this.lastError = { date: this.options.now(), message: failure };
    const pause = Math.min(1_000, (this.options.backoffMs ?? 50) * 2 ** (attempt - 1));
    await sleep(pause, undefined, { signal: this.stop.signal }).catch(() => undefined);
    this.sending.delete(id);
  }
}
