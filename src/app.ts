import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import { Telegram, type Telegraf } from 'telegraf';
import { registerCommands } from './bot/command-menu.js';
import type { BotContext } from './bot/context.js';
import { createBot } from './bot/create-bot.js';
import { adminFeature } from './bot/features/admin/admin-feature.js';
import { createBroadcastProgress } from './bot/features/admin/broadcast-progress.js';
import { composeBroadcast } from './broadcast/content.js';
import { startPolling } from './bot/polling.js';
import type { Config } from './config/schema.js';
import { loadContentDir, type ParsedFiles } from './content/load.js';
import { ContentRepository } from './content/repository.js';
import { createTransmit, type BulkMessage } from './delivery/bulk-message.js';
import { createJobRunner, type JobRunner } from './delivery/job-runner.js';
import { createSender } from './delivery/sender.js';
import { createSharedBudget } from './delivery/shared-budget.js';
import { createChannelSync } from './digest/channels.js';
import { createDigestService, type DigestService } from './digest/digest-service.js';
import { choosableSlotNames } from './digest/slot-name.js';
import { formatOwner } from './process/owner.js';
import { pidAlive, releaseDeadPredecessors } from './process/predecessors.js';
import { pictureFontFiles } from './pictures/fonts.js';
import { createPictureService } from './pictures/picture-service.js';
import type { Rasterise } from './pictures/rasterise.js';
import { loadWorld, type World } from './pictures/world.js';
import { createScheduler, type Scheduler } from './schedule/scheduler.js';
import { ALLOWED_UPDATES } from './bot/allowed-updates.js';
import { createAppHttp } from './http/app-http.js';
import { createMetrics } from './metrics/metrics.js';
import { openStore } from './store/open.js';
import { scrubSecrets } from './log/logger.js';
import type { Store } from './store/store.js';

export interface Runtime {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export interface RunningApp {
  bot: Telegraf<BotContext>;
  store: Store;
  content: ContentRepository;
  digests: DigestService;
  scheduler: Scheduler;
  jobs: JobRunner;
  /**
   * Settles when the bot has stopped polling (rejects when Telegram refuses the token); in webhook
   * mode, when the HTTP server has closed.
   */
  polling: Promise<void>;
  /** The port the HTTP server (health, metrics, webhook) listens on; null when it does not run. */
  httpPort: number | null;
  /** First step of a shutdown: /readyz answers 503 and the webhook takes no new update. */
  drain(): void;
  stop(reason: string): Promise<void>;
}

/** How often a process looks for jobs left behind by a dead one (their lease ran out). */
const ORPHAN_SWEEP_MS = 15_000;

/**
 * Margin added to each window of the budget shared by the instances (≈ 3% of the overall rate):
 * there it is two processes' timers, each possibly late, that decide how close two starts come.
 */
const SHARED_WINDOW_SLACK_MS = 30;

/**
 * The composition root: config → store → content → bot → delivery → schedules, then polling.
 * main, the demo, the tests and the benchmarks all start the bot through it.
 */
export async function startApp(config: Config, log: Logger, runtime: Runtime): Promise<RunningApp> {
  const store = await openStore({
    databaseUrl: config.databaseUrl,
    databasePath: config.databasePath,
    now: runtime.now,
    log,
  });
  // One id for every lease this instance takes; a restart on this host frees a dead predecessor's at once.
  const self = { host: hostname(), pid: process.pid, nonce: randomUUID().slice(0, 8) };
  const owner = formatOwner(self);
  await releaseDeadPredecessors({ leases: store.leases, self, pidAlive, log });
  // Parse results kept between loads: a /reload parses only the files that changed.
  const parsedFiles: ParsedFiles = new Map();
  const snapshot = await loadContentDir(config.contentDir, log, parsedFiles);
  const content = new ContentRepository(snapshot);
  log.info(
    { articles: content.size, rejected: snapshot.problems.length, dir: config.contentDir },
    'content loaded',
  );

  const { delivery } = config;
  // Read at scrape time only; `digests` is assigned below, before the HTTP server starts.
  const metrics = createMetrics({
    liveDeliveries: () => store.stats.liveDeliveries(),
    lastDigestSlot: () => digests.lastRun(),
  });
  const sendLimits = {
    perSecond: delivery.perSecond,
    perChatPerSecond: delivery.perChatPerSecond,
    perGroupPerMinute: delivery.perGroupPerMinute,
    // Enough requests in flight to reach the overall limit at ~50 ms per request.
    maxInFlight: Math.max(4, Math.ceil(delivery.perSecond / 10)),
  };
  const sendClock = { now: runtime.now, sleep: runtime.sleep };
  const sender = createSender<BulkMessage>({
    // Its own client, so that it sees telegraf's errors (429, 403…) unwrapped and applies its rules.
    transmit: createTransmit(new Telegram(config.token, { apiRoot: config.apiRoot }), {
      paidBroadcast: delivery.paidBroadcast,
      metrics,
    }),
    limits: sendLimits,
    clock: sendClock,
    // Telegram's limits are per token: every instance on the database draws on one budget.
    budget: createSharedBudget({
      rates: store.rates,
      limits: sendLimits,
      clock: sendClock,
      windowSlackMs: SHARED_WINDOW_SLACK_MS,
    }),
    log,
    // Our clock starts a request a little before it reaches Telegram: keep a margin.
    windowSlackMs: 15,
    scrub: (text) => scrubSecrets(text, [config.token]),
  });

  const startedAt = runtime.now();
  const reloadContent = async () => {
    const report = content.replace(await loadContentDir(config.contentDir, log, parsedFiles));
    if (report.added.length + report.changed.length + report.removed.length > 0)
      log.info(report, 'content reloaded');
    return report;
  };
  const admin = adminFeature({
    adminIds: config.adminIds,
    store,
    // jobs and digests are built below, after the bot: only called once updates flow.
    runJobs: () => jobs.run(),
    runSlot: (slot) => digests.runSlot(slot),
    articles: () => content.size,
    startedAt,
    reload: reloadContent,
    contentDir: config.contentDir,
    timeZone: config.digest.timeZone,
    now: runtime.now,
    log,
  });
  let world: World | undefined;
  const pictures = createPictureService({
    fileIds: store.fileIds,
    rasterise: lazyRasteriser(),
    // The borders are read on the first map, not at start-up.
    world: () => (world ??= loadWorld()),
    log,
  });
  const bot = createBot({
    admin,
    pictures,
    userRateLimit: config.userRateLimit,
    token: config.token,
    apiRoot: config.apiRoot,
    defaultLanguage: config.defaultLanguage,
    content,
    chats: store.chats,
    slotNames: choosableSlotNames(config.digest.expressions),
    schedule: { expressions: config.digest.expressions, timeZone: config.digest.timeZone },
    reserveSendSlot: (chatId) => sender.reserveSlot(chatId),
    onRateLimited: (retryAfterMs) => sender.pauseAll(retryAfterMs),
    pendingReplies: (chatId) => sender.pendingReplies(chatId),
    groupRepliesPerMinute: delivery.perGroupPerMinute,
    log,
    now: runtime.now,
    sleep: runtime.sleep,
    metrics,
  });

  // eslint-disable-next-line prefer-const -- forward reference, to be removed with the acyclic buildApp
  let digests!: DigestService;
  const jobs = createJobRunner({
    store,
    sender,
    owner,
    leaseMs: delivery.leaseMs,
    inDoubt: delivery.inDoubt,
    compose: async (job, d) => (job.kind === 'digest' ? digests.compose(job, d) : composeBroadcast(job, d)),
    onProgress: createBroadcastProgress({ telegram: bot.telegram, jobs: store.jobs, now: runtime.now, log }),
    log,
    metrics,
  });
  digests = createDigestService({
    store,
    content,
    maxItems: config.digest.maxItems,
    defaultLanguage: config.defaultLanguage,
    reloadContent,
    syncChannels: createChannelSync(bot.telegram, store.chats, config.digest.channels, log),
    owner,
    leaseMs: delivery.leaseMs,
    runJobs: () => jobs.run(),
    ...(config.digest.pictures && { pictures }),
    log,
  });
  const scheduler = createScheduler({
    expressions: config.digest.expressions,
    timeZone: config.digest.timeZone,
    clock: { now: runtime.now },
    onSlot: (slot, late) => digests.runSlot(slot, late),
    catchUpMs: config.digest.catchUpMs,
    lastRun: () => digests.lastRun(),
    log,
  });

  // HTTP server (src/http/): /healthz, /readyz, /metrics, and the webhook when WEBHOOK_URL is set,
  // in which mode Telegram POSTs updates to it instead of long polling (`done` settles at close).
  let serving = false;
  const http = createAppHttp({
    http: config.http,
    bot,
    store,
    metrics,
    started: () => serving,
    log,
    now: runtime.now,
  });
  const httpPort = await http.start();
  const webhookMode = config.http.webhook !== null;
  const onStarted = () => registerCommands(bot.telegram, config.defaultLanguage, log);
  const polling = webhookMode
    ? { started: onStarted(), done: http.closed, stop: async () => undefined }
    : startPolling({
        bot,
        leases: store.leases,
        owner,
        log,
        now: runtime.now,
        sleep: runtime.sleep,
        allowedUpdates: ALLOWED_UPDATES,
        onStarted,
      });
  await Promise.race([polling.started, polling.done]);

  // Work left by an earlier run first (a crash mid-digest), then the slots missed while down.
  void jobs.run();
  await scheduler.catchUp(runtime.now());
  scheduler.start();
  const sweep = setInterval(() => void jobs.run(), Math.min(ORPHAN_SWEEP_MS, delivery.leaseMs));
  sweep.unref();
  serving = true;

  return {
    bot,
    store,
    content,
    digests,
    scheduler,
    jobs,
    polling: polling.done,
    httpPort,
    drain: () => http.drain(),
    async stop(reason) {
      log.info({ reason }, 'stopping');
      http.drain();
      clearInterval(sweep);
      scheduler.stop();
      await polling.stop();
      await http.close();
      await jobs.stop();
      // Whatever this instance still holds goes to the next one at once. A database already gone
      // cannot be helped: the leases then run out by themselves.
      await store.leases
        .releaseAll(owner)
        .catch((err: unknown) => log.warn({ err }, 'could not release leases'));
      await store.close().catch((err: unknown) => log.warn({ err }, 'could not close the database'));
    },
  };
}

/** resvg (a native addon) is loaded on the first picture, not at start-up: most updates draw nothing. */
function lazyRasteriser(): Rasterise {
  let loaded: Promise<Rasterise> | undefined;
  return async (svg) => {
    loaded ??= import('./pictures/rasterise.js').then(({ createRasteriser }) =>
      createRasteriser(pictureFontFiles()),
    );
    return (await loaded)(svg);
  };
}
