import type { Logger } from 'pino';
import { Feature } from '../../feature.js';
import { adminCatalogue } from '../../../i18n/admin.js';
import type { AuditStore, JobStore } from '../../../store/store.js';
import type { BotContext } from '../../context.js';
import { clip } from '../../reply.js';
import { cleanArgument } from '../../argument.js';
import { broadcastJobKey, broadcastNumber } from '../../../broadcast/number.js';
import { recordAdminAction } from './audit.js';
import { replyPlain } from './reply-plain.js';

export interface BroadcastJobsDeps {
  jobs: Pick<JobStore, 'recent' | 'get' | 'getByKey' | 'progress' | 'cancel'>;
  audit: Pick<AuditStore, 'record'>;
  log: Logger;
  /** Broadcasts listed by /broadcasts; default 10. */
  listSize?: number;
}

/** Jobs scanned to find the recent broadcasts among the digests. */
const SCAN = 200;

/** /broadcasts lists the recent broadcasts with their counts; /cancel_broadcast <id> stops one. */
export function broadcastJobsFeature(deps: BroadcastJobsDeps): Feature<BotContext> {
  const { jobs, log } = deps;
  const listSize = deps.listSize ?? 10;
  const feature = new Feature<BotContext>();

  feature.command('broadcasts', async (ctx) => {
    const t = adminCatalogue(ctx.lang);
    await recordAdminAction({ audit: deps.audit, log }, ctx.from.id, 'broadcast.list');
    const broadcasts = (await jobs.recent(SCAN)).filter((job) => job.kind === 'broadcast').slice(0, listSize);
    if (broadcasts.length === 0) return replyPlain(ctx, t.jobsEmpty);
    const lines = [t.jobsTitle];
    for (const job of broadcasts) {
      const p = await jobs.progress(job.id);
      lines.push(
        t.jobLine({
          id: broadcastNumber(job),
          state: job.state,
          createdAt: job.createdAt,
          total: p.total,
          sent: p.sent,
          failed: p.failed,
          blocked: p.blocked,
          cancelled: p.cancelled,
        }),
      );
    }
    return replyPlain(ctx, lines.join('\n'));
  });

  feature.command('cancel_broadcast', async (ctx) => {
    const t = adminCatalogue(ctx.lang);
    const arg = cleanArgument(ctx.payload).replace(/^#/, '');
    if (!/^\d{1,15}$/.test(arg)) return replyPlain(ctx, t.cancelUsage);
    const number = Number(arg);
    const job = await jobs.getByKey(broadcastJobKey(number));
    if (!job || job.kind !== 'broadcast') return replyPlain(ctx, t.cancelNotFound(clip(arg)));
    // Pending deliveries become cancelled; the runner's final report (in the progress message) counts them.
    if (!(await jobs.cancel(job.id))) {
      const now = await jobs.get(job.id);
      return replyPlain(ctx, t.cancelNotRunning(number, now?.state ?? job.state));
    }
    await recordAdminAction({ audit: deps.audit, log }, ctx.from.id, 'broadcast.cancel', { job_id: job.id });
    return replyPlain(ctx, t.cancelDone(number));
  });

  return feature;
}
