import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { Telegraf } from 'telegraf';
import type { BotContext } from './bot/context.js';
import { createBot } from './bot/create-bot.js';
import { adminFeature } from './bot/features/admin/admin-feature.js';
import { createBroadcastProgress } from './bot/features/admin/broadcast-progress.js';
import { composeBroadcast } from './broadcast/content.js';
import type { Config } from './config/schema.js';
import { loadContentDir, type ParsedFiles } from './content/load.js';
import { ContentRepository } from './content/repository.js';
import type { BulkMessage } from './delivery/bulk-message.js';
import { createBulkSender } from './delivery/bulk-sender.js';
import { createJobRunner, type JobRunner } from './delivery/job-runner.js';
import { createJobTrigger, type JobTrigger } from './delivery/job-trigger.js';
import type { Sender } from './delivery/types.js';
import { createChannelSync } from './digest/channels.js';
import { createDigestService, type DigestService } from './digest/digest-service.js';
import { createIntakeJobs } from './drafting/intake-job.js';
import { choosableSlotNames } from './digest/slot-name.js';
import { createAppHttp, type AppHttp } from './http/app-http.js';
import { scrubSecrets } from './log/logger.js';
import { createMetrics, registerStateGauges, type MetricsRegistry } from './metrics/metrics.js';
import { pictureFontFiles } from './pictures/fonts.js';
import { createPictureService } from './pictures/picture-service.js';
import type { Rasterise } from './pictures/rasterise.js';
import { loadWorld, type World } from './pictures/world.js';
import { formatOwner, type OwnerId } from './process/owner.js';
import { pidAlive, releaseDeadPredecessors } from './process/predecessors.js';
import { receiveUpdates } from './receive-updates.js';
import { createScheduler, type Scheduler } from './schedule/scheduler.js';
import { openStore } from './store/open.js';
import type { Store } from './store/store.js';
import { BotApiClient } from './telegram/bot-api-client.js';

/** The clock and the pause the app runs on (the real ones in main, the same in tests). */
export interface AppDeps {
  log: Logger;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

/** Every part of the bot, built and wired, nothing started. */
export interface App {
  config: Config;
  deps: AppDeps;
  /** This instance's id for every lease it takes (`host:pid:nonce`). */
  self: OwnerId;
  owner: string;
  store: Store;
  content: ContentRepository;
  metrics: MetricsRegistry;
  /** The one Telegram client: everything that calls the Bot API calls it through this. */
  telegram: BotApiClient;
  sender: Sender<BulkMessage>;
  /** What the digests ask of the job runner; connected by startApp. */
  jobTrigger: JobTrigger;
  digests: DigestService;
  jobs: JobRunner;
  scheduler: Scheduler;
  bot: Telegraf<BotContext>;
  http: AppHttp;
  /** Set by startApp once updates flow: /readyz answers 200 from then on. */
  readonly state: { serving: boolean };
}

export interface RunningApp extends App {
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

/** How often a process looks for jobs and digest plans left behind by a dead one (their lease ran out). */
const ORPHAN_SWEEP_MS = 15_000;

/**
 * The composition root, in the order data flows: store → content → metrics → the Telegram client
 * → sender → digests → intake drafts → job runner → scheduler → admin → bot → HTTP. Opens the
 * database and reads CONTENT_DIR; starts no timer, calls no Bot API, listens on nothing (startApp
 * does).
 */
export async function buildApp(config: Config, deps: AppDeps): Promise<App> {
  const { log, now, sleep } = deps;
  const store = await openStore({
    databaseUrl: config.databaseUrl,
    databasePath: config.databasePath,
    now,
    log,
  });
  const self = { host: hostname(), pid: process.pid, nonce: randomUUID().slice(0, 8) };
  const owner = formatOwner(self);

  // Parse results kept between loads: a /reload parses only the files that changed.
  const parsedFiles: ParsedFiles = new Map();
  const snapshot = await loadContentDir(config.contentDir, log, parsedFiles);
  const content = new ContentRepository(snapshot);
  log.info(
    { articles: content.size, rejected: snapshot.problems.length, dir: config.contentDir },
    'content loaded',
  );
  const reloadContent = async () => {
    const report = content.replace(await loadContentDir(config.contentDir, log, parsedFiles));
    if (report.added.length + report.changed.length + report.removed.length > 0)
      log.info(report, 'content reloaded');
    return report;
  };

  const metrics = createMetrics();
  const scrub = (text: string) => scrubSecrets(text, [config.token]);
  const telegram = new BotApiClient({ token: config.token, apiRoot: config.apiRoot, metrics, scrub });
  const sender = createBulkSender({
    delivery: config.delivery,
    telegram,
    rates: store.rates,
    clock: { now, sleep },
    log,
    scrub,
  });

  let world: World | undefined;
  const pictures = createPictureService({
    fileIds: store.fileIds,
    rasterise: lazyRasteriser(),
    // The borders are read on the first map, not at start-up.
    world: () => (world ??= loadWorld()),
    log,
  });
  const jobTrigger = createJobTrigger();
  const digests = createDigestService({
    store,
    content,
    maxItems: config.digest.maxItems,
    defaultLanguage: config.defaultLanguage,
    reloadContent,
    syncChannels: createChannelSync(telegram, store.chats, config.digest.channels, log),
    owner,
    leaseMs: config.delivery.leaseMs,
    runJobs: jobTrigger.run,
    ...(config.digest.pictures && { pictures }),
    log,
  });
  registerStateGauges(metrics.registry, {
    liveDeliveries: () => store.stats.liveDeliveries(),
    lastDigestSlot: () => digests.lastRun(),
  });

  const intakeJobs = createIntakeJobs({
    jobs: store.jobs,
    audit: store.audit,
    contentDir: config.contentDir,
    owner,
    log,
  });
  const jobs = createJobRunner({
    store,
    sender,
    owner,
    leaseMs: config.delivery.leaseMs,
    inDoubt: config.delivery.inDoubt,
    lanes: [['digest', 'broadcast'], ['intake']],
    compose: async (job, d) =>
      job.kind === 'digest'
        ? digests.compose(job, d)
        : job.kind === 'broadcast'
          ? composeBroadcast(job, d)
          : intakeJobs.compose(job, d),
    onProgress: createBroadcastProgress({ telegram, jobs: store.jobs, now, log }),
    log,
    metrics,
  });
  const scheduler = createScheduler({
    expressions: config.digest.expressions,
    timeZone: config.digest.timeZone,
    clock: { now },
    onSlot: (slot, late) => digests.runSlot(slot, late),
    catchUpMs: config.digest.catchUpMs,
    lastRun: () => digests.lastRun(),
    log,
  });

  const admin = adminFeature({
    adminIds: config.adminIds,
    store,
    runJobs: () => jobs.run(),
    runSlot: (slot) => digests.runSlot(slot),
    articles: () => content.size,
    startedAt: now(),
    reload: reloadContent,
    contentDir: config.contentDir,
    timeZone: config.digest.timeZone,
    now,
    log,
  });
  const bot = createBot({
    telegram,
    admin,
    pictures,
    userRateLimit: config.userRateLimit,
    defaultLanguage: config.defaultLanguage,
    content,
    chats: store.chats,
    slotNames: choosableSlotNames(config.digest.expressions),
    schedule: { expressions: config.digest.expressions, timeZone: config.digest.timeZone },
    reserveSendSlot: (chatId) => sender.reserveSlot(chatId),
    onRateLimited: (retryAfterMs) => sender.pauseAll(retryAfterMs),
    pendingReplies: (chatId) => sender.pendingReplies(chatId),
    groupRepliesPerMinute: config.delivery.perGroupPerMinute,
    log,
    now,
    sleep,
    metrics,
  });

  // /healthz, /readyz, /metrics, and the webhook when WEBHOOK_URL is set.
  const state = { serving: false };
  const http = createAppHttp({
    http: config.http,
    bot,
    store,
    metrics,
    started: () => state.serving,
    log,
    now,
  });

  return {
    config,
    deps,
    self,
    owner,
    store,
    content,
    metrics,
    telegram,
    sender,
    jobTrigger,
    digests,
    jobs,
    scheduler,
    bot,
    http,
    state,
  };
}

/**
 * Starts what buildApp built: frees a dead predecessor's leases, listens, takes updates (polling
 * or the webhook), runs the jobs left behind and the slots missed while down, then the timers.
 * main, the demo, the tests and the benchmarks all start the bot through it.
 */
export async function startApp(app: App): Promise<RunningApp> {
  const { config, store, scheduler, jobs, digests, http, owner } = app;
  const { log, now, sleep } = app.deps;
  // A restart on this host frees a dead predecessor's leases at once.
  await releaseDeadPredecessors({ leases: store.leases, self: app.self, pidAlive, log });
  const httpPort = await http.start();
  const updates = receiveUpdates({
    webhook: config.http.webhook !== null,
    bot: app.bot,
    http,
    leases: store.leases,
    owner,
    defaultLanguage: config.defaultLanguage,
    log,
    now,
    sleep,
  });
  await Promise.race([updates.started, updates.done]);

  // Work left by an earlier run first (a crash mid-digest), then the slots missed while down.
  app.jobTrigger.connect(() => jobs.run());
  // Plans whose planner died are finished first (not only when their slot comes round again).
  const sweepJobs = () => void digests.resumeStalled().then(() => jobs.run());
  sweepJobs();
  await scheduler.catchUp(now());
  scheduler.start();
  const sweep = setInterval(sweepJobs, Math.min(ORPHAN_SWEEP_MS, config.delivery.leaseMs));
  sweep.unref();
  app.state.serving = true;

  return {
    ...app,
    polling: updates.done,
    httpPort,
    drain: () => http.drain(),
    async stop(reason) {
      log.info({ reason }, 'stopping');
      http.drain();
      clearInterval(sweep);
      scheduler.stop();
      await updates.stop();
      await http.close();
      await jobs.stop();
      app.telegram.closeConnections();
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
