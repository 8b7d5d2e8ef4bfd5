import type { ProgressView, ReportView } from '../i18n/admin-messages.js';
import type { JobProgress, JobState } from '../store/store.js';

/** A point the rate is measured from: when, and how many deliveries had ended by then. */
export interface RateSample {
  at: number;
  done: number;
}

/** Deliveries that reached an outcome (whatever it was). */
export function doneCount(p: JobProgress): number {
  return p.sent + p.failed + p.blocked + p.in_doubt + p.cancelled;
}

/**
 * The progress of a running broadcast. The rate is measured from `since` (the first time this
 * process saw the job), so a resumed job is not credited with the work of the dead one.
 */
export function progressView(jobId: number, p: JobProgress, since: RateSample, now: number): ProgressView {
  const done = doneCount(p);
  const remaining = p.pending + p.sending;
  const elapsed = (now - since.at) / 1000;
  const rate = elapsed > 0 && done > since.done ? (done - since.done) / elapsed : null;
  return {
    jobId,
    total: p.total,
    sent: p.sent,
    failed: p.failed,
    blocked: p.blocked,
    remaining,
    rate,
    etaSeconds: rate === null ? null : remaining / rate,
  };
}

export function reportView(jobId: number, state: JobState, p: JobProgress): ReportView {
  return {
    jobId,
    state,
    total: p.total,
    sent: p.sent,
    failed: p.failed,
    blocked: p.blocked,
    cancelled: p.cancelled,
    inDoubt: p.in_doubt,
    remaining: p.pending + p.sending,
  };
}

/** At most one edit per `intervalMs`; the final report always goes out. */
export function shouldEdit(
  lastEditAt: number | undefined,
  now: number,
  done: boolean,
  intervalMs: number,
): boolean {
  return done || lastEditAt === undefined || now - lastEditAt >= intervalMs;
}
