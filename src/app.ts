import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Logger } from 'pino';
import { Telegram, type Telegraf } from 'telegraf';
import { registerCommands } from './bot/commands.js';
import type { BotContext } from './bot/context.js';
import { createBot } from './bot/create-bot.js';
import { adminFeature } from './bot/features/admin/admin-feature.js';
import { createBroadcastProgress } from './bot/features/admin/broadcast-progress.js';
import { composeBroadcast } from './broadcast/content.js';
import { runPolling } from './bot/polling.js';
import type { Config } from './config/schema.js';
import { loadContentDir } from './content/load.js';
import { ContentRepository } from './content/repository.js';
import { createTransmit, type BulkMessage } from './delivery/bulk-message.js';
import { createJobRunner, type JobRunner } from './delivery/job-runner.js';
import { createSender } from './delivery/sender.js';
import { createChannelSync } from './digest/channels.js';
import { createDigestService, type DigestService } from './digest/digest-service.js';
import { choosableSlotNames } from './digest/slot-name.js';
import { createScheduler, type Scheduler } from './schedule/scheduler.js';
import { scrubSecrets } from './log/logger.js';
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
  digests: DigestService;
  scheduler: Scheduler;
  jobs: JobRunner;
  /** Settles when the bot has stopped polling (rejects when Telegram refuses the token). */
  polling: Promise<void>;
  stop(reason: string): Promise<void>;
}

/** How often a process looks for jobs left behind by a dead one (their lease ran out). */
const ORPHAN_SWEEP_MS = 15_000;

/**
 * The composition root: config → store → content → bot → delivery → schedules, then polling.
 * main, the demo, the tests and the benchmarks all start the bot through it.
 */
export async function startApp(config: Config, log: Logger, runtime: Runtime): Promise<RunningApp> {
  const store = await openSqliteStore(config.databasePath, { now: runtime.now });
  const snapshot = await loadContentDir(config.contentDir, log);
  const content = new ContentRepository(snapshot);
  log.info({ articles: content.size, rejected: snapshot.problems.length, dir: config.contentDir }, 'content loaded');

  const { delivery } = config;
  const sender = createSender<BulkMessage>({
    // Its own client, so that it sees telegraf's errors (429, 403…) unwrapped and applies its rules.
    transmit: createTransmit(new Telegram(config.token, { apiRoot: config.apiRoot }), { paidBroadcast: delivery.paidBroadcast }),
    limits: {
      perSecond: delivery.perSecond,
      perChatPerSecond: delivery.perChatPerSecond,
      perGroupPerMinute: delivery.perGroupPerMinute,
      // Enough requests in flight to reach the overall limit at ~50 ms per request.
      maxInFlight: Math.max(4, Math.ceil(delivery.perSecond / 10)),
    },
    clock: { now: runtime.now, sleep: runtime.sleep },
    log,
    // Our clock starts a request a little before it reaches Telegram: keep a margin.
    windowSlackMs: 15,
    scrub: (text) => scrubSecrets(text, [config.token]),
  });

  const startedAt = runtime.now();
  const reloadContent = async () => {
    const report = content.replace(await loadContentDir(config.contentDir, log));
    if (report.added.length + report.changed.length + report.removed.length > 0) log.info(report, 'content reloaded');
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
  const bot = createBot({
    admin,
    userRateLimit: config.userRateLimit,
    token: config.token,
    apiRoot: config.apiRoot,
    defaultLanguage: config.defaultLanguage,
    content,
    chats: store.chats,
    slotNames: choosableSlotNames(config.digest.expressions),
    schedule: { expressions: config.digest.expressions, timeZone: config.digest.timeZone },
    reserveSendSlot: (chatId) => sender.reserveSlot(chatId),
    pendingReplies: (chatId) => sender.pendingReplies(chatId),
    groupRepliesPerMinute: delivery.perGroupPerMinute,
    log,
    now: runtime.now,
    sleep: runtime.sleep,
  });

  let digests!: DigestService;
  const jobs = createJobRunner({
    store,
    sender,
    owner: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    leaseMs: delivery.leaseMs,
    inDoubt: delivery.inDoubt,
    compose: async (job, d) => (job.kind === 'digest' ? digests.compose(d) : composeBroadcast(job, d)),
    onProgress: createBroadcastProgress({ telegram: bot.telegram, jobs: store.jobs, now: runtime.now, log }),
    log,
  });
  digests = createDigestService({
    store,
    content,
    maxItems: config.digest.maxItems,
    defaultLanguage: config.defaultLanguage,
    reloadContent,
    syncChannels: createChannelSync(bot.telegram, store.chats, config.digest.channels, log),
    runJobs: () => jobs.run(),
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

  // Work left by an earlier run first (a crash mid-digest), then the slots missed while down.
  void jobs.run();
  await scheduler.catchUp(runtime.now());
  scheduler.start();
  const sweep = setInterval(() => void jobs.run(), Math.min(ORPHAN_SWEEP_MS, delivery.leaseMs));
  sweep.unref();

  return {
    bot,
    store,
    content,
    digests,
    scheduler,
    jobs,
    polling,
    async stop(reason) {
      log.info({ reason }, 'stopping');
      clearInterval(sweep);
      scheduler.stop();
      bot.stop(reason);
      await jobs.stop();
      await polling.catch(() => undefined);
      await store.close();
    },
  };
}
