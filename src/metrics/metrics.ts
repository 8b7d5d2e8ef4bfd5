import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DELIVERY_STATES, type DeliveryState, type JobKind } from '../store/store.js';

/** A reply to an update, or a message of a job (by its kind). */
export type SentKind = 'reply' | JobKind;
export type SentResult = 'ok' | 'blocked' | 'failed';

/**
 * What the bot, the Telegram client and the delivery code report. Label values are fixed vocabularies
 * (update kinds, method names, error codes): never a user or chat id.
 */
export interface Metrics {
  updateHandled(kind: string, seconds: number): void;
  messageSent(kind: SentKind, result: SentResult): void;
  /** `code`: Telegram's error code (429 included), or "network" when no answer came. */
  telegramError(method: string, code: number | undefined): void;
}

/** Read at each scrape, so the gauges are never stale and cost nothing between scrapes. */
export interface MetricSources {
  liveDeliveries: () => Promise<Record<DeliveryState, number>>;
  /** The scheduled time (ms) of the last digest slot run, or null before the first. */
  lastDigestSlot: () => Promise<number | null>;
}

export interface MetricsRegistry extends Metrics {
  readonly registry: Registry;
  /** The Prometheus text exposition. */
  render(): Promise<string>;
  readonly contentType: string;
}

/**
 * A registry of its own (never prom-client's global one), so several apps in one process never mix.
 * The counters, which the Telegram client, the sender and the bot report into; the gauges that read
 * the app's state are added by registerStateGauges once that state exists.
 */
export function createMetrics(): MetricsRegistry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'mawjaz_' });

  const updates = new Counter({
    name: 'mawjaz_updates_total',
    help: 'Updates handled, by kind',
    labelNames: ['kind'],
    registers: [registry],
  });
  const updateDuration = new Histogram({
    name: 'mawjaz_update_duration_seconds',
    help: 'Time to handle one update',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const sent = new Counter({
    name: 'mawjaz_messages_sent_total',
    help: 'Messages sent, by kind (reply, digest, broadcast, intake) and result (ok, blocked, failed)',
    labelNames: ['kind', 'result'],
    registers: [registry],
  });
  const telegramErrors = new Counter({
    name: 'mawjaz_telegram_errors_total',
    help: 'Failed Bot API calls, by method and error code (network: no answer)',
    labelNames: ['method', 'code'],
    registers: [registry],
  });
  // Counted on every update and reply: each label set's child is looked up once, not hashed from a
  // new label object every time (the vocabularies are fixed, so these maps stay a few entries long).
  const updateCounters = new Map<string, { inc(): void }>();
  const sentCounters = new Map<string, { inc(): void }>();
  return {
    registry,
    contentType: registry.contentType,
    render: () => registry.metrics(),
    updateHandled(kind, seconds) {
      let counter = updateCounters.get(kind);
      if (!counter) updateCounters.set(kind, (counter = updates.labels({ kind })));
      counter.inc();
      updateDuration.observe(seconds);
    },
    messageSent(kind, result) {
      const key = `${kind}:${result}`;
      let counter = sentCounters.get(key);
      if (!counter) sentCounters.set(key, (counter = sent.labels({ kind, result })));
      counter.inc();
    },
    telegramError(method, code) {
      telegramErrors.inc({ method, code: code === undefined ? 'network' : String(code) });
    },
  };
}

/** The gauges read at each scrape from the store and the digest history. */
export function registerStateGauges(registry: Registry, sources: MetricSources): void {
  new Gauge({
    name: 'mawjaz_deliveries',
    help: 'Deliveries of running jobs, by state',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const counts = await sources.liveDeliveries();
      for (const state of DELIVERY_STATES) this.set({ state }, counts[state]);
    },
  });
  new Gauge({
    name: 'mawjaz_digest_last_slot_timestamp_seconds',
    help: 'Scheduled time of the last digest slot run (0 before the first)',
    registers: [registry],
    async collect() {
      const at = await sources.lastDigestSlot();
      this.set(at === null ? 0 : at / 1000);
    },
  });
}
