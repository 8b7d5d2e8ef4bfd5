import type { Logger } from 'pino';
import type { Telegram } from 'telegraf';
import { BroadcastJobPayload } from '../../../broadcast/payload.js';
import {
  doneCount,
  progressView,
  reportView,
  shouldEdit,
  type RateSample,
} from '../../../broadcast/progress.js';
import { adminCatalogue } from '../../../i18n/admin.js';
import type { Job, JobProgress, JobStore } from '../../../store/store.js';
import { escapeHtml } from '../../../telegram/html.js';
import { errorText } from '../../../delivery/error-text.js';
import { broadcastNumber } from '../../../broadcast/number.js';

export interface BroadcastProgressDeps {
  telegram: Pick<Telegram, 'editMessageText'>;
  jobs: Pick<JobStore, 'get'>;
  now: () => number;
  log: Logger;
  /** At most one edit per interval; default 3 s. */
  intervalMs?: number;
}

interface Watch {
  since: RateSample;
  lastEditAt?: number;
}

/**
 * The job runner's `onProgress` for broadcasts: edits ONE message in the admin's chat (the confirmed
 * preview's) with the counts, rate and ETA, at most every few seconds, then with the final report.
 * Edits are not sends, so they do not eat into the fan-out's rate. Never throws: a failed edit is
 * logged and the fan-out goes on. Other job kinds are ignored.
 */
export function createBroadcastProgress(deps: BroadcastProgressDeps) {
  const intervalMs = deps.intervalMs ?? 3000;
  const watches = new Map<number, Watch>();

  async function edit(job: Job, payload: BroadcastJobPayload, text: string): Promise<void> {
    const { chatId, messageId } = payload.progressMessage;
    try {
      await deps.telegram.editMessageText(chatId, messageId, undefined, escapeHtml(text), {
        parse_mode: 'HTML',
      });
    } catch (err) {
      deps.log.warn({ error: errorText(err), job_id: job.id }, 'could not update broadcast progress');
    }
  }

  return async function onProgress(job: Job, progress: JobProgress, done: boolean): Promise<void> {
    if (job.kind !== 'broadcast') return;
    // The job runner fails a job whose payload is unreadable (and logs it): nothing to show here.
    const parsed = BroadcastJobPayload.safeParse(job.payload);
    if (!parsed.success) return;
    const payload = parsed.data;
    const now = deps.now();
    const watch = watches.get(job.id) ?? { since: { at: now, done: doneCount(progress) } };
    watches.set(job.id, watch);
    if (!shouldEdit(watch.lastEditAt, now, done, intervalMs)) return;
    watch.lastEditAt = now;
    const t = adminCatalogue(payload.lang);
    if (!done)
      return edit(job, payload, t.progress(progressView(broadcastNumber(job), progress, watch.since, now)));
    watches.delete(job.id);
    const state = (await deps.jobs.get(job.id).catch(() => null))?.state ?? job.state;
    await edit(job, payload, t.report(reportView(broadcastNumber(job), state, progress)));
  };
}
