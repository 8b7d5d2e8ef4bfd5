import type { MiddlewareFn } from 'telegraf';
import { Feature } from '../../feature.js';
import type { BotContext } from '../../context.js';
import { broadcastFeature, type BroadcastDeps } from './broadcast.js';
import { broadcastJobsFeature } from './broadcast-jobs.js';
import { digestNowFeature, type DigestNowDeps } from './digest-now.js';
import { adminOnly, type AdminGuardDeps } from './guard.js';
import { intakeFeature } from '../intake.js';
import { reloadFeature, type ReloadDeps } from './reload.js';
import { statsFeature, type StatsDeps } from './stats.js';

export interface AdminFeatureDeps extends AdminGuardDeps, BroadcastDeps {
  articles: StatsDeps['articles'];
  startedAt: StatsDeps['startedAt'];
  reload: ReloadDeps['reload'];
  /** Where drafts of the editorial intake are written and published. */
  contentDir: string;
  runSlot: DigestNowDeps['runSlot'];
  timeZone: DigestNowDeps['timeZone'];
  store: BroadcastDeps['store'] & StatsDeps['store'];
}

/** Every admin command behind the admin guard; install it before the catch-all (fallbackFeature). */
export function adminFeature(deps: AdminFeatureDeps): MiddlewareFn<BotContext> {
  const { store, log, now } = deps;
  return adminOnly(
    deps,
    new Feature<BotContext>().use(
      broadcastFeature(deps),
      broadcastJobsFeature({ jobs: store.jobs, audit: store.audit, log }),
      statsFeature({ store, articles: deps.articles, startedAt: deps.startedAt, now, log }),
      reloadFeature({ reload: deps.reload, audit: store.audit, log }),
      digestNowFeature({
        runSlot: deps.runSlot,
        jobs: store.jobs,
        timeZone: deps.timeZone,
        now,
        audit: store.audit,
        log,
      }),
      intakeFeature({
        contentDir: deps.contentDir,
        reloadContent: deps.reload,
        jobs: store.jobs,
        runJobs: deps.runJobs,
        audit: store.audit,
        log,
      }),
    ),
  );
}
