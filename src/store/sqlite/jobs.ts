import type { Database } from 'better-sqlite3';
import { DELIVERY_STATES, ReservationConflictError, type DeliveryState, type JobProgress, type JobStore, type NewDelivery, type NewJob } from '../store.js';
import { toJson } from './json.js';
import { toDelivery, toJob, type DeliveryRow, type JobRow } from './rows.js';
import { immediate } from './transaction.js';

/** Conflicting pairs kept on the error; the total is always counted. */
const MAX_CONFLICTS_REPORTED = 100;

export function sqliteJobs(db: Database, now: () => number): JobStore {
  const insertJob = db.prepare<[string, string, string, number | null, number], JobRow>(`
    INSERT INTO jobs (kind, key, payload, author, created_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (key) DO NOTHING
    RETURNING *`);
  const insertDelivery = db.prepare<[number, number, number | null, string, number]>(
    'INSERT INTO deliveries (job_id, chat_id, thread_id, payload, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const reserve = db.prepare<[number, string, number]>(
    'INSERT INTO briefing_reservations (chat_id, briefing_id, job_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const setTotal = db.prepare<[number, number], JobRow>('UPDATE jobs SET total = ? WHERE id = ? RETURNING *');
  const get = db.prepare<[number], JobRow>('SELECT * FROM jobs WHERE id = ?');
  const getByKey = db.prepare<[string], JobRow>('SELECT * FROM jobs WHERE key = ?');
  const recent = db.prepare<[number], JobRow>('SELECT * FROM jobs ORDER BY id DESC LIMIT ?');
  const latest = db.prepare<[string], JobRow>('SELECT * FROM jobs WHERE kind = ? ORDER BY id DESC LIMIT 1');
  // One statement, so choosing and taking the job is atomic.
  const acquire = db.prepare<{ owner: string; now: number; until: number }, JobRow>(`
    UPDATE jobs SET lease_owner = @owner, lease_until = @until
    WHERE id = (SELECT id FROM jobs
                WHERE state = 'running' AND (lease_until IS NULL OR lease_until <= @now)
                ORDER BY id LIMIT 1)
    RETURNING *`);
  const renew = db.prepare<{ jobId: number; owner: string; until: number }>(`
    UPDATE jobs SET lease_until = @until
    WHERE id = @jobId AND lease_owner = @owner AND state = 'running'`);
  // Rows in `sending` by anyone but the lease holder: hand them to the holder so they are reported once.
  // INDEXED BY: without statistics the planner would walk all the job's rows instead of the few sending.
  const takeInDoubt = db.prepare<{ jobId: number; now: number }, DeliveryRow>(`
    UPDATE deliveries INDEXED BY deliveries_sending SET owner = (SELECT lease_owner FROM jobs WHERE id = @jobId), updated_at = @now
    WHERE job_id = @jobId AND state = 'sending'
      AND owner IS NOT (SELECT lease_owner FROM jobs WHERE id = @jobId)
    RETURNING *`);
  const progress = db.prepare<[number], { state: DeliveryState; n: number }>(
    'SELECT state, count(*) AS n FROM deliveries WHERE job_id = ? GROUP BY state',
  );
  const finish = db.prepare<{ jobId: number; now: number }>(`
    UPDATE jobs SET state = 'finished', finished_at = @now, lease_owner = NULL, lease_until = NULL
    WHERE id = @jobId AND state = 'running'`);
  const cancelJob = db.prepare<{ jobId: number; now: number }>(`
    UPDATE jobs SET state = 'cancelled', finished_at = @now, lease_owner = NULL, lease_until = NULL
    WHERE id = @jobId AND state = 'running'`);
  const cancelPending = db.prepare<{ jobId: number; now: number }>(
    "UPDATE deliveries SET state = 'cancelled', updated_at = @now WHERE job_id = @jobId AND state = 'pending'",
  );

  return {
    async create(job: NewJob, recipients: Iterable<NewDelivery>) {
      return immediate(db, () => {
        const at = now();
        const created = insertJob.get(job.kind, job.key, toJson(job.payload), job.author ?? null, at);
        if (!created) return null;
        const conflicts: Array<{ chatId: number; briefingId: string }> = [];
        let conflictCount = 0;
        let total = 0;
        for (const r of recipients) {
          insertDelivery.run(created.id, r.chatId, r.threadId, toJson(r.payload), at);
          total++;
          // A Set: a briefing listed twice for one chat is one reservation, not a conflict with itself.
          for (const briefingId of new Set(r.briefingIds)) {
            if (reserve.run(r.chatId, briefingId, created.id).changes === 0) {
              conflictCount++;
              if (conflicts.length < MAX_CONFLICTS_REPORTED) conflicts.push({ chatId: r.chatId, briefingId });
            }
          }
        }
        // Throwing rolls the whole transaction back, the job key included, so a re-plan can use it.
        if (conflictCount > 0) throw new ReservationConflictError(conflicts, conflictCount);
        return toJob(setTotal.get(total, created.id)!);
      });
    },

    async get(jobId) {
      const row = get.get(jobId);
      return row ? toJob(row) : null;
    },

    async getByKey(key) {
      const row = getByKey.get(key);
      return row ? toJob(row) : null;
    },

    async latest(kind) {
      const row = latest.get(kind);
      return row ? toJob(row) : null;
    },

    async recent(limit) {
      return recent.all(limit).map(toJob);
    },

    async acquire(owner, leaseMs) {
      const at = now();
      const row = acquire.get({ owner, now: at, until: at + leaseMs });
      return row ? toJob(row) : null;
    },

    async renew(jobId, owner, leaseMs) {
      return renew.run({ jobId, owner, until: now() + leaseMs }).changes === 1;
    },

    async takeInDoubt(jobId) {
      return takeInDoubt
        .all({ jobId, now: now() })
        .map(toDelivery)
        .sort((a, b) => a.chatId - b.chatId);
    },

    async progress(jobId) {
      const counts = Object.fromEntries(DELIVERY_STATES.map((s) => [s, 0])) as JobProgress;
      counts.total = 0;
      for (const { state, n } of progress.all(jobId)) {
        counts[state] = n;
        counts.total += n;
      }
      return counts;
    },

    async finish(jobId) {
      return finish.run({ jobId, now: now() }).changes === 1;
    },

    async cancel(jobId) {
      return immediate(db, () => {
        const ids = { jobId, now: now() };
        if (cancelJob.run(ids).changes === 0) return false;
        cancelPending.run(ids);
        return true;
      });
    },
  };
}
