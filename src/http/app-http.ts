import type { Logger } from 'pino';
import type { Telegraf } from 'telegraf';
import { TokenRejectedError } from '../bot/polling.js';
import type { BotContext } from '../bot/context.js';
import type { Config } from '../config/schema.js';
import type { MetricsRegistry } from '../metrics/metrics.js';
import { batchPerTurn } from '../batching/batch-calls.js';
import type { Store } from '../store/store.js';
import { BotApiFailure } from '../telegram/bot-api-failure.js';
import { healthRoutes } from './health-routes.js';
import { createLivenessProbe } from './liveness.js';
import { registerWebhook } from './register-webhook.js';
import { createHttpServer } from './server.js';
import { createWebhook } from './webhook.js';

/** Telegram re-sends for about a day at most: older handled update ids are forgotten. */
const HANDLED_UPDATES_KEPT_MS = 24 * 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

export interface AppHttpDeps {
  http: Config['http'];
  bot: Telegraf<BotContext>;
  store: Store;
  metrics: MetricsRegistry;
  /** True once the app is fully started (content loaded, updates flowing). */
  started: () => boolean;
  log: Logger;
  now: () => number;
}

export interface AppHttp {
  /**
   * Listens when a port is configured and, in webhook mode, points Telegram at it. Resolves with the
   * port bound, or null when there is no server.
   */
  start(): Promise<number | null>;
  /** /readyz turns 503 and the webhook refuses new updates (Telegram re-sends them elsewhere). */
  drain(): void;
  /** Stops listening once the requests and updates in flight are done. */
  close(): Promise<void>;
  /** In webhook mode: settles when closed (what polling's promise is in polling mode). */
  readonly closed: Promise<void>;
}

/** The HTTP side of the app: /healthz, /readyz, /metrics and, with WEBHOOK_URL, the webhook. */
export function createAppHttp(deps: AppHttpDeps): AppHttp {
  const { http, bot, store, log } = deps;
  let draining = false;
  let prune: NodeJS.Timeout | undefined;
  let markClosed!: () => void;
  const closed = new Promise<void>((resolve) => (markClosed = resolve));
  const liveness = createLivenessProbe({ now: deps.now });
  const webhook = http.webhook
    ? createWebhook({
        path: http.webhook.path,
        secret: http.webhook.secret,
        // The requests read in one turn of the event loop (a burst) are claimed in one statement.
        claim: batchPerTurn((updateIds: number[]) => store.updates.claimMany(updateIds)),
        handle: (update) => bot.handleUpdate(update),
        draining: () => draining,
        log,
      })
    : null;
  const server = createHttpServer({
    routes: [
      ...healthRoutes({
        liveness,
        readiness: { ping: () => store.ping(), started: deps.started, draining: () => draining },
        metrics: deps.metrics,
      }),
      ...(webhook ? [webhook.route] : []),
    ],
    log,
  });

  return {
    closed,
    async start() {
      if (http.port === null) return null;
      liveness.start();
      const port = await server.listen(http.port, http.host);
      if (http.webhook) {
        await registerWebhook(bot.telegram, http.webhook).catch((error: unknown) => {
          // The first Bot API call in webhook mode: a rejected token ends the start as in polling mode.
          throw error instanceof BotApiFailure && error.kind === 'unauthorized'
            ? new TokenRejectedError()
            : error;
        });
        log.info({ url: http.webhook.url, max_connections: http.webhook.maxConnections }, 'webhook set');
        prune = setInterval(() => {
          store.updates.prune(HANDLED_UPDATES_KEPT_MS).then(
            (forgotten) => log.debug({ forgotten }, 'handled updates pruned'),
            (err: unknown) => log.warn({ err }, 'could not prune handled updates'),
          );
        }, PRUNE_EVERY_MS);
        prune.unref();
      }
      return port;
    },
    drain() {
      draining = true;
    },
    async close() {
      draining = true;
      clearInterval(prune);
      liveness.stop();
      await server.close();
      await webhook?.settled();
      markClosed();
    },
  };
}
